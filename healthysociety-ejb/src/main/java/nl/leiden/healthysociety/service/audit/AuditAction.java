package nl.leiden.healthysociety.service.audit;

/** What happened to a piece of business data. */
public enum AuditAction {
    CREATE, UPDATE, DELETE
}
