package nl.leiden.healthysociety.service.reference;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the form and filter choices (themes, areas, a thousand organisations) between requests: every list page
 * needs them and they rarely change. A change through this instance clears the cache at once; a change made on
 * another instance of a cluster shows here within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class ReferenceListsCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private record Entry(ReferenceLists lists, long loadedAt) {
    }

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

    /** Called after a change to organisations or to a managed list. */
    public void invalidate() {
        entry = null;
    }
}
