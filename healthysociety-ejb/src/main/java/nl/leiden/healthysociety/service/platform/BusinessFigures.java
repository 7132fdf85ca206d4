package nl.leiden.healthysociety.service.platform;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.mail.MailStatus;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;
import nl.leiden.healthysociety.domain.question.QuestionStatus;

/**
 * The business figures that monitoring shows next to the technical ones: registrations, Meeting Point questions and
 * initiatives by status, and the e-mail outbox. Counts only, so nothing personal leaves the application.
 */
@Stateless
@PermitAll
public class BusinessFigures {

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    /** The figures as they are now; every status is present, with 0 when nothing has it. */
    public record Figures(Map<RegistrationStatus, Long> registrations, Map<QuestionStatus, Long> questions,
            Map<InitiativeStatus, Long> initiatives, Map<MailStatus, Long> mail) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Figures now() {
        return new Figures(
                count("select r.status, count(*) from Registration r group by r.status", RegistrationStatus.class),
                count("select q.status, count(q) from Question q group by q.status", QuestionStatus.class),
                count("select i.status, count(i) from Initiative i group by i.status", InitiativeStatus.class),
                count("select m.status, count(m) from MailMessage m group by m.status", MailStatus.class));
    }

    private <S extends Enum<S>> Map<S, Long> count(String query, Class<S> statuses) {
        Map<S, Long> counts = new EnumMap<>(statuses);
        for (S status : statuses.getEnumConstants()) {
            counts.put(status, 0L);
        }
        List<Object[]> rows = em.createQuery(query, Object[].class).getResultList();
        for (Object[] row : rows) {
            counts.put(statuses.cast(row[0]), (Long) row[1]);
        }
        return counts;
    }
}
