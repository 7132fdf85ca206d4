package nl.leiden.healthysociety.service.mail;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Sends what is due in the outbox: right after a commit that queued mail, and on the timer for retries. One run
 * at a time per instance (a request during a run makes the run go round once more); between instances the
 * outbox's leases keep a message from being sent twice. Sending runs outside any transaction.
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final System.Logger LOG = System.getLogger(MailSender.class.getName());
    private static final int BATCH = 100;

    @Inject
    MailDelivery delivery;

    @Inject
    MailSessions sessions;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    /** Sends what is due, in the background. */
    @Asynchronous
    public void sendDueLater() {
        sendDue();
    }

    /** Sends what is due now; returns how many messages went out in this call. */
    public int sendDue() {
        requested.set(true);
        int sent = 0;
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                while (requested.getAndSet(false)) {
                    sent += sendBatches();
                }
            } finally {
                running.set(false);
            }
        }
        return sent;
    }

    private int sendBatches() {
        int sent = 0;
        List<Long> due;
        do {
            due = delivery.dueIds(Instant.now(), BATCH);
            for (Long id : due) {
                if (attempt(id)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean attempt(long id) {
        Optional<Outgoing> taken;
        try {
            taken = delivery.take(id, Instant.now());
        } catch (EJBException e) {
            return false; // another instance took it
        }
        if (taken.isEmpty()) {
            return false;
        }
        try {
            Transport.send(message(taken.get()));
            delivery.sent(id, Instant.now());
            return true;
        } catch (MessagingException | RuntimeException e) {
            boolean again = delivery.failed(id, describe(e), Instant.now());
            // The log names the message, never its recipient or content.
            LOG.log(Level.WARNING, "Mail message {0} not sent ({1}); {2}", id, e.getClass().getSimpleName(),
                    again ? "will try again" : "gave up");
            return false;
        }
    }

    private MimeMessage message(Outgoing outgoing) throws MessagingException {
        Session session = sessions.session();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(session.getProperty("mail.from"), false));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(outgoing.recipient(), true));
        message.setSubject(outgoing.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (outgoing.calendar() == null) {
            message.setText(outgoing.body(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(outgoing.body(), StandardCharsets.UTF_8.name());
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(outgoing.calendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
            calendar.setFileName("bijeenkomst.ics");
            message.setContent(new MimeMultipart(text, calendar));
        }
        message.saveChanges();
        return message;
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
