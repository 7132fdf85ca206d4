package nl.leiden.healthysociety.service.question;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.question.Question;
import nl.leiden.healthysociety.domain.question.QuestionRepository;
import nl.leiden.healthysociety.domain.question.QuestionStatus;

/**
 * Reminds whoever holds a question that has waited for an answer longer than the Meeting Point's limit, at most
 * once per limit period per question. Like the meeting reminders, a question is claimed with a conditional update
 * in the same transaction as the e-mails, so instances running this at once remind once.
 */
@Stateless
@PermitAll
public class QuestionReminderJob {

    private static final System.Logger LOG = System.getLogger(QuestionReminderJob.class.getName());

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionMails mails;

    @Inject
    MeetingPointSettings settings;

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    /** Sends the reminders that are due; returns for how many questions. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run() {
        Instant now = Instant.now();
        int reminded = 0;
        for (Long id : self().dueQuestionIds(now)) {
            if (self().remind(id, now)) {
                reminded++;
            }
        }
        return reminded;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueQuestionIds(Instant now) {
        return questions.waitingSince(now.minus(settings.waitingLimit())).stream().map(Question::getId).toList();
    }

    /**
     * Claims the question's reminder and queues it; false if it was reminded within the limit already, or was
     * answered, closed or erased since it was found due.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long questionId, Instant now) {
        Instant since = now.minus(settings.waitingLimit());
        int claimed = em.createQuery("update Question q set q.remindedAt = :now where q.id = :id"
                + " and (q.remindedAt is null or q.remindedAt < :since)"
                + " and q.waitingSince < :since and q.status in :open and q.anonymisedAt is null")
                .setParameter("now", now)
                .setParameter("id", questionId)
                .setParameter("since", since)
                .setParameter("open", QuestionStatus.open())
                .executeUpdate();
        if (claimed != 1) {
            return false;
        }
        Question question = questions.find(questionId).orElseThrow();
        long days = Duration.between(question.getWaitingSince(), now).toDays();
        mails.reminder(question, mails.holders(question), days);
        LOG.log(Level.INFO, "Reminder queued for question {0}", questionId);
        return true;
    }

    private QuestionReminderJob self() {
        return context.getBusinessObject(QuestionReminderJob.class);
    }
}
