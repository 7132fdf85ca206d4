package nl.leiden.healthysociety.service.meeting;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.mail.MailStatus;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingRepository;
import nl.leiden.healthysociety.domain.meeting.Registration;
import nl.leiden.healthysociety.service.mail.MailOutbox;

/**
 * Keeps registrants' personal data no longer than needed: {@code healthysociety.privacy.retention-months} (12 by
 * default) after a meeting ends, its registrations are anonymised and the e-mails to them deleted; the statistics
 * remain. Sent e-mails (which repeat names) are deleted after {@link #SENT_MAIL_DAYS} days anyway.
 */
@Stateless
@PermitAll
public class RetentionJob {

    static final int SENT_MAIL_DAYS = 30;

    private static final System.Logger LOG = System.getLogger(RetentionJob.class.getName());

    @Inject
    @ConfigProperty(name = "healthysociety.privacy.retention-months", defaultValue = "12")
    int retentionMonths;

    @Inject
    MeetingRepository meetings;

    @Inject
    MailOutbox outbox;

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    /** Erases what is due; returns for how many meetings. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run() {
        Instant now = Instant.now();
        Instant cutoff = LeidenTime.instant(LeidenTime.local(now).minusMonths(retentionMonths));
        int erased = 0;
        for (Long id : self().dueMeetingIds(cutoff)) {
            self().erase(id, now);
            erased++;
        }
        self().deleteSentMail(now.minus(SENT_MAIL_DAYS, ChronoUnit.DAYS));
        return erased;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueMeetingIds(Instant cutoff) {
        return meetings.endedWithPersonalDataBefore(cutoff).stream().map(Meeting::getId).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void erase(long meetingId, Instant now) {
        Meeting meeting = meetings.findLocked(meetingId).orElseThrow();
        if (meeting.getPersonalDataErasedAt() != null) {
            return;
        }
        List<Registration> registrations = meetings.registrations(meeting);
        for (Registration registration : registrations) {
            if (!registration.isAnonymised()) {
                registration.anonymise(now);
            }
            outbox.forget(registration.getId());
        }
        meeting.markPersonalDataErased(now);
        LOG.log(Level.INFO, "Personal data of {0} registrations for meeting {1} erased after the retention period",
                registrations.size(), meetingId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deleteSentMail(Instant before) {
        return em.createQuery("delete from MailMessage m where m.status = :sent and m.sentAt < :before")
                .setParameter("sent", MailStatus.SENT)
                .setParameter("before", before)
                .executeUpdate();
    }

    /** This bean through the container, so that each step gets its own transaction. */
    private RetentionJob self() {
        return context.getBusinessObject(RetentionJob.class);
    }
}
