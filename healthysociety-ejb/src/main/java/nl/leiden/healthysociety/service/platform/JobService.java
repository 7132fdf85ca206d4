package nl.leiden.healthysociety.service.platform;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.service.mail.MailSender;
import nl.leiden.healthysociety.service.meeting.ReminderJob;
import nl.leiden.healthysociety.service.meeting.RetentionJob;
import nl.leiden.healthysociety.service.question.QuestionReminderJob;
import nl.leiden.healthysociety.service.question.QuestionRetentionJob;

/**
 * Lets a beheerder (or operations, through the API) run a background job now instead of waiting for its timer.
 * The jobs are the same ones the timers run, with the same guarantees when runs overlap.
 */
@Stateless
@RolesAllowed(BEHEERDER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobService {

    @Inject
    MailSender mail;

    @Inject
    ReminderJob reminders;

    @Inject
    RetentionJob retention;

    @Inject
    QuestionReminderJob questionReminders;

    @Inject
    QuestionRetentionJob questionRetention;

    /** Sends what is due in the outbox; returns how many messages went out. */
    public int sendMail() {
        return mail.sendDue();
    }

    /** Sends the reminders that are due; returns for how many meetings. */
    public int sendReminders() {
        return reminders.run();
    }

    /** Reminds the holders of Meeting Point questions that wait too long; returns for how many questions. */
    public int sendQuestionReminders() {
        return questionReminders.run();
    }

    /** Erases the askers' data of questions closed past the retention period; returns for how many questions. */
    public int eraseQuestionData() {
        return questionRetention.run();
    }

    /** Erases personal data past its retention period; returns for how many meetings. */
    public int erasePersonalData() {
        return retention.run();
    }
}
