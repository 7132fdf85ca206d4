package nl.leiden.healthysociety.service.meeting;

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
import nl.leiden.healthysociety.domain.mail.MailKind;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingRepository;
import nl.leiden.healthysociety.domain.meeting.Registration;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;

/**
 * The reminder the day before: for every published meeting that starts within {@link #AHEAD} (but not within
 * {@link #TOO_LATE}), everyone with a seat gets one e-mail. Each instance of a cluster runs this on its own timer;
 * a meeting's reminders go out only from the instance whose conditional update marks the meeting first, in the
 * same transaction as the e-mails it queues, so they go out once.
 */
@Stateless
@PermitAll
public class ReminderJob {

    static final Duration AHEAD = Duration.ofHours(24);
    static final Duration TOO_LATE = Duration.ofHours(2);

    private static final System.Logger LOG = System.getLogger(ReminderJob.class.getName());

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingMails mails;

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    /** Sends the reminders that are due; returns for how many meetings this call sent them. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run() {
        Instant now = Instant.now();
        int meetingsReminded = 0;
        for (Long id : self().dueMeetingIds(now)) {
            if (self().remind(id, now)) {
                meetingsReminded++;
            }
        }
        return meetingsReminded;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueMeetingIds(Instant now) {
        return meetings.dueForReminders(now.plus(TOO_LATE), now.plus(AHEAD)).stream().map(Meeting::getId).toList();
    }

    /** Claims the meeting's reminders and queues them; false if another run claimed them first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long meetingId, Instant now) {
        int claimed = em.createQuery("update Meeting m set m.remindersSentAt = :now"
                + " where m.id = :id and m.remindersSentAt is null")
                .setParameter("now", now)
                .setParameter("id", meetingId)
                .executeUpdate();
        if (claimed != 1) {
            return false;
        }
        Meeting meeting = meetings.find(meetingId).orElseThrow();
        int sent = 0;
        for (Registration registration : meetings.registrations(meeting)) {
            if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
                mails.send(MailKind.REMINDER, registration);
                sent++;
            }
        }
        LOG.log(Level.INFO, "Reminders for meeting {0} queued for {1} registrations", meetingId, sent);
        return true;
    }

    /** This bean through the container, so that each step gets its own transaction. */
    private ReminderJob self() {
        return context.getBusinessObject(ReminderJob.class);
    }
}
