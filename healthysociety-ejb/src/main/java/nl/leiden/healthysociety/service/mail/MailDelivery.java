package nl.leiden.healthysociety.service.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.mail.MailMessage;
import nl.leiden.healthysociety.domain.mail.MailStatus;

/**
 * The outbox's bookkeeping, each step in its own short transaction so that sending (which can be slow) holds no
 * transaction or lock: which messages are due, taking one for an attempt, and recording how the attempt went.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailDelivery {

    /** How long a message taken for an attempt is left alone by the other instances. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    public List<Long> dueIds(Instant now, int max) {
        return em.createQuery("select m.id from MailMessage m where m.status = :pending and m.nextAttemptAt <= :now"
                + " order by m.id", Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Takes the message for an attempt if it is still due. The version check makes sure that of several instances
     * only one takes it: the others fail to commit and skip it.
     */
    public Optional<Outgoing> take(long id, Instant now) {
        MailMessage message = em.find(MailMessage.class, id);
        if (message == null || !message.isDueAt(now)) {
            return Optional.empty();
        }
        message.lease(now.plus(LEASE));
        em.flush();
        return Optional.of(new Outgoing(id, message.getRecipient(), message.getSubject(), message.getBody(),
                message.getCalendar()));
    }

    public void sent(long id, Instant now) {
        MailMessage message = em.find(MailMessage.class, id);
        if (message != null) {
            message.sent(now);
        }
    }

    /** Records a failed attempt; returns whether it will be tried again. */
    public boolean failed(long id, String error, Instant now) {
        MailMessage message = em.find(MailMessage.class, id);
        if (message == null) {
            return false;
        }
        message.failed(error, now);
        return message.getStatus() == MailStatus.PENDING;
    }
}
