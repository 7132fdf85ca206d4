package nl.leiden.healthysociety.service.mail;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.mail.MailKind;
import nl.leiden.healthysociety.domain.mail.MailMessage;
import nl.leiden.healthysociety.domain.mail.MailStatus;

/**
 * Puts e-mail in the outbox, in the caller's transaction: if that transaction rolls back, no mail goes out; if it
 * commits, the mail is sent right after (and retried by the timer if the mail server is away).
 */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    public MailMessage queue(MailKind kind, String recipient, Letter letter, Long meetingId, Long registrationId) {
        MailMessage message = new MailMessage(kind, recipient, letter.subject(), letter.body(), letter.calendar(),
                meetingId, registrationId, Instant.now());
        em.persist(message);
        em.flush();
        queued.fire(new MailQueued(message.getId()));
        return message;
    }

    /** An e-mail about a Meeting Point question, erased with the asker's data. */
    public MailMessage queueForQuestion(MailKind kind, String recipient, Letter letter, long questionId) {
        MailMessage message = new MailMessage(kind, recipient, letter.subject(), letter.body(), null, null, null,
                Instant.now()).regarding(questionId);
        em.persist(message);
        em.flush();
        queued.fire(new MailQueued(message.getId()));
        return message;
    }

    /** Removes the e-mails about a question (they hold its asker's data). */
    public void forgetQuestion(long questionId) {
        em.createQuery("delete from MailMessage m where m.questionId = :question")
                .setParameter("question", questionId)
                .executeUpdate();
    }

    /** How many of a meeting's e-mails are waiting, sent and failed. */
    public Map<MailStatus, Long> counts(long meetingId) {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select m.status, count(m) from MailMessage m where m.meetingId = :meeting group by m.status",
                Object[].class)
                .setParameter("meeting", meetingId)
                .getResultList()
                .forEach(row -> counts.put((MailStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Puts a meeting's failed e-mails back in line, to be sent now; returns how many. */
    public int retryFailed(long meetingId) {
        List<MailMessage> failed = em.createQuery("select m from MailMessage m where m.meetingId = :meeting"
                + " and m.status = :failed", MailMessage.class)
                .setParameter("meeting", meetingId)
                .setParameter("failed", MailStatus.FAILED)
                .getResultList();
        Instant now = Instant.now();
        failed.forEach(message -> message.retry(now));
        if (!failed.isEmpty()) {
            queued.fire(new MailQueued(failed.get(0).getId()));
        }
        return failed.size();
    }

    /** Removes the e-mails to and about a registration (they hold its personal data). */
    public void forget(long registrationId) {
        em.createQuery("delete from MailMessage m where m.registrationId = :registration")
                .setParameter("registration", registrationId)
                .executeUpdate();
    }
}
