package nl.leiden.healthysociety.service.audit;

import java.time.Instant;
import java.util.List;

/**
 * One event in the history of a piece of business data: when, by whom (a display name; null for the application's
 * own work or a visitor of the public site), what happened, and each changed field with its values.
 */
public record HistoryEntry(Instant at, String actor, AuditAction action, List<FieldChange> changes) {

    /** One field before and after; null where it was empty. */
    public record FieldChange(String field, String before, String after) {
    }
}
