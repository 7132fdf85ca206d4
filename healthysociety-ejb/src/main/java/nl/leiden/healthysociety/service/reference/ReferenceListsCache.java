package nl.leiden.healthysociety.service.reference;

import java.time.Duration;
import java.util.function.Supplier;

import fish.payara.micro.cdi.Inbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.service.platform.CachedDataChanges;

/**
 * Keeps the form and filter choices (themes, areas, a thousand organisations) between requests: every list page
 * needs them and they rarely change. A change clears the cache at once, on this instance and (through
 * {@link CachedDataChanges}) on the other instances of a cluster. Entries also expire after {@link #MAX_AGE}, for
 * changes made outside the application.
 */
@ApplicationScoped
public class ReferenceListsCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    /** The cache's name in the messages between instances. */
    static final String NAME = "reference-lists";

    private record Entry(ReferenceLists lists, long loadedAt) {
    }

    @Inject
    CachedDataChanges changes;

    private volatile Entry entry;

    public ReferenceLists get(Supplier<ReferenceLists> load) {
        Entry current = entry;
        long now = System.nanoTime();
        if (current == null || now - current.loadedAt() > MAX_AGE.toNanos()) {
            current = new Entry(load.get(), now);
            entry = current;
        }
        return current.lists();
    }

    /** Called by every change to organisations or to a managed list. */
    public void invalidate() {
        changes.changed(NAME, this::clear);
    }

    /** Another instance of the cluster changed the lists. */
    void changedElsewhere(@Observes @Inbound(eventName = CachedDataChanges.EVENT) String cache) {
        if (NAME.equals(cache)) {
            clear();
        }
    }

    private void clear() {
        entry = null;
    }
}
