package nl.leiden.healthysociety.service.platform;

import java.lang.System.Logger.Level;

import fish.payara.micro.cdi.Outbound;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Keeps the in-memory caches of all instances of a cluster in step: a change clears the cache on this instance,
 * and once the change is committed Payara's clustered CDI events (which travel over the same Hazelcast data grid
 * that shares the sessions) tell the other instances, whose caches observe them as
 * {@code @Observes @Inbound(eventName = CachedDataChanges.EVENT) String cache}. On Payara Server without a data grid,
 * or Payara Micro started with {@code --nohazelcast}, there is no one to tell and only this instance's cache clears.
 */
@ApplicationScoped
public class CachedDataChanges {

    /** The name under which the change travels between instances; its payload names the cache. */
    public static final String EVENT = "healthysociety.cached-data-changed";

    private static final System.Logger LOG = System.getLogger(CachedDataChanges.class.getName());

    @Inject
    @Outbound(eventName = EVENT)
    Event<String> otherInstances;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Data behind this cache changes: clears it here now, and again when the transaction has ended (so a request that
     * read the old data in between cannot keep it); after a commit the other instances clear theirs.
     */
    public void changed(String cache, Runnable clearHere) {
        clearHere.run();
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    clearHere.run();
                    if (status == Status.STATUS_COMMITTED) {
                        tellOtherInstances(cache);
                    }
                }
            });
        } else {
            tellOtherInstances(cache);
        }
    }

    private void tellOtherInstances(String cache) {
        try {
            otherInstances.fire(cache);
        } catch (RuntimeException e) {
            // Without a data grid the other instances (if any) see the change when their entries expire.
            LOG.log(Level.WARNING, "Other instances not told that cache " + cache + " changed", e);
        }
    }
}
