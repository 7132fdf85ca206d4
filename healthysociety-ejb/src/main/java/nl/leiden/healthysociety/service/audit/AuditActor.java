package nl.leiden.healthysociety.service.audit;

import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Who is changing data now: the login name that {@link AuditActorInterceptor} noted with the transaction, or nobody
 * (null) for the application's own work, such as timers and demo data, and for visitors of the public site.
 */
final class AuditActor {

    /** The key under which the transaction holds the login name. */
    static final String KEY = AuditActor.class.getName();

    private AuditActor() {
    }

    static String current(TransactionSynchronizationRegistry transactions) {
        try {
            return transactions.getTransactionKey() == null ? null : (String) transactions.getResource(KEY);
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
