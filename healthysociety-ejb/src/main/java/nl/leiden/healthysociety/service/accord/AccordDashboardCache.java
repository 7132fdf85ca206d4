package nl.leiden.healthysociety.service.accord;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import fish.payara.micro.cdi.Inbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.service.platform.CachedDataChanges;

/**
 * Keeps the accords and their dashboards between requests: they change only when someone enters figures or edits
 * the accord, and building a dashboard reads every indicator's latest value. Every change clears the cache
 * ({@link #invalidate()} from the writing services), on this instance and (through {@link CachedDataChanges}) on
 * the other instances of a cluster. Entries also expire after {@link #MAX_AGE}, for changes made outside the
 * application.
 */
@ApplicationScoped
public class AccordDashboardCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    /** The cache's name in the messages between instances. */
    static final String NAME = "accords";

    @Inject
    CachedDataChanges changes;

    private record Entry<T>(T value, long loadedAt) {

        boolean fresh(long now) {
            return now - loadedAt <= MAX_AGE.toNanos();
        }
    }

    private final Map<Long, Entry<AccordDashboard>> dashboards = new ConcurrentHashMap<>();
    private volatile Entry<List<AccordSummary>> accords;

    public AccordDashboard dashboard(long accordId, Supplier<AccordDashboard> load) {
        long now = System.nanoTime();
        Entry<AccordDashboard> entry = dashboards.get(accordId);
        if (entry == null || !entry.fresh(now)) {
            entry = new Entry<>(load.get(), now);
            dashboards.put(accordId, entry);
        }
        return entry.value();
    }

    public List<AccordSummary> accords(Supplier<List<AccordSummary>> load) {
        long now = System.nanoTime();
        Entry<List<AccordSummary>> entry = accords;
        if (entry == null || !entry.fresh(now)) {
            entry = new Entry<>(List.copyOf(load.get()), now);
            accords = entry;
        }
        return entry.value();
    }

    /**
     * Called by every service that changes an accord, ambition, indicator or measurement: clears the cache now and
     * again when the transaction has ended, so a request that read the old figures in between cannot keep them.
     */
    public void invalidate() {
        changes.changed(NAME, this::clear);
    }

    /** Another instance of the cluster changed an accord or its figures. */
    void changedElsewhere(@Observes @Inbound(eventName = CachedDataChanges.EVENT) String cache) {
        if (NAME.equals(cache)) {
            clear();
        }
    }

    private void clear() {
        dashboards.clear();
        accords = null;
    }
}
