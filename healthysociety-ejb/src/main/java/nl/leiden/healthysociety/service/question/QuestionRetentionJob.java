package nl.leiden.healthysociety.service.question;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.question.Question;
import nl.leiden.healthysociety.domain.question.QuestionRepository;
import nl.leiden.healthysociety.service.meeting.LeidenTime;

/**
 * Erases the asker's data of questions closed longer ago than {@code healthysociety.meetingpoint.retention-months}
 * (12): see {@link QuestionErasure}. Each question in its own transaction.
 */
@Stateless
@PermitAll
public class QuestionRetentionJob {

    private static final System.Logger LOG = System.getLogger(QuestionRetentionJob.class.getName());

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionErasure erasure;

    @Inject
    MeetingPointSettings settings;

    @Resource
    SessionContext context;

    /** Erases what is due; returns for how many questions. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run() {
        Instant now = Instant.now();
        Instant cutoff = LeidenTime.instant(LeidenTime.local(now).minusMonths(settings.retentionMonths()));
        int erased = 0;
        for (Long id : self().dueQuestionIds(cutoff)) {
            self().erase(id, now);
            erased++;
        }
        return erased;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueQuestionIds(Instant cutoff) {
        return questions.closedBefore(cutoff).stream().map(Question::getId).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void erase(long questionId, Instant now) {
        questions.find(questionId).ifPresent(question -> erasure.erase(question, now));
        LOG.log(Level.INFO, "Asker data of question {0} erased after the retention period", questionId);
    }

    private QuestionRetentionJob self() {
        return context.getBusinessObject(QuestionRetentionJob.class);
    }
}
