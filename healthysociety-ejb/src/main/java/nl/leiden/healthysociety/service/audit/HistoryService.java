package nl.leiden.healthysociety.service.audit;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.shared.NotAllowedException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.security.Caller;
import nl.leiden.healthysociety.service.security.CallerLookup;

/**
 * The history of an organisation, initiative, meeting, festival proposal or question, newest first, from the audit
 * trail: for the Center's staff, and for a partner only about its own organisation's data.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
public class HistoryService {

    static final int ENTRIES_MAX = 200;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @Inject
    CallerLookup callers;

    @Resource
    SessionContext session;

    public List<HistoryEntry> of(HistorySubject subject, long id) {
        Caller caller = callers.of(session.getCallerPrincipal());
        long exists = em.createQuery("select count(e) from " + subject.entity() + " e where e.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (exists == 0) {
            throw new NotFoundException("error.history.notFound");
        }
        if (!caller.actsForEveryone() && em.createQuery(subject.ownedByQuery(), Long.class)
                .setParameter("id", id)
                .setParameter("organisation", caller.organisation())
                .getSingleResult() == 0) {
            throw new NotAllowedException("error.history.notYours");
        }
        List<?> rows = em.createNativeQuery("select e.happened_at, coalesce(a.display_name, e.actor), e.action,"
                + " e.changes from audit_entry e left join account a on a.username = e.actor"
                + " where e.entity_type = ? and e.entity_id = ? order by e.id desc")
                .setParameter(1, subject.entity())
                .setParameter(2, String.valueOf(id))
                .setMaxResults(ENTRIES_MAX)
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            entries.add(new HistoryEntry(instant(columns[0]), (String) columns[1], AuditAction.valueOf(
                    (String) columns[2]), changes(String.valueOf(columns[3]))));
        }
        return entries;
    }

    private static List<HistoryEntry.FieldChange> changes(String json) {
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject fields = reader.readObject();
            fields.forEach((field, value) -> {
                JsonObject change = value.asJsonObject();
                changes.add(new HistoryEntry.FieldChange(field, text(change.get("before")), text(change.get(
                        "after"))));
            });
        }
        return changes;
    }

    private static String text(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                ? null
                : ((JsonString) value).getString();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("not a moment: " + value);
    }
}
