package nl.leiden.healthysociety.service.accord;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Keeps the accords and their dashboards between requests: they change only when someone enters figures or edits
 * the accord, and building a dashboard reads every indicator's latest value. Every change through this instance
 * clears the cache ({@link #invalidate()} from the writing services); a change made on another instance of a
 * cluster shows here within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class AccordDashboardCache {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

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

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Called by every service that changes an accord, ambition, indicator or measurement: clears the cache now and
     * again when the transaction has ended, so a request that read the old figures in between cannot keep them.
     */
    public void invalidate() {
        clear();
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }

    private void clear() {
        dashboards.clear();
        accords = null;
    }
}
