package nl.leiden.healthysociety.domain.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import nl.leiden.healthysociety.domain.shared.NotAudited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One e-mail in the outbox. It is written in the same transaction as the change it reports (a registration, a
 * cancellation), so the two are stored together or not at all, and sent afterwards. A failed attempt is retried
 * later, a little later each time, until {@link #MAX_ATTEMPTS}; then it is marked failed and shown to the
 * medewerkers, who can try again. The error kept is the mail server's, never the message's content.
 */
@Entity
@NotAudited
@Table(name = "mail_message")
public class MailMessage {

    public static final int MAX_ATTEMPTS = 8;
    public static final int ERROR_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "kind", nullable = false, length = 30)
    private MailKind kind;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "body", nullable = false, length = 10000)
    private String body;

    /** An iCalendar attachment (text/calendar), or null. */
    @Column(name = "calendar", length = 10000)
    private String calendar;

    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "meeting_id")
    private Long meetingId;

    /** The Meeting Point question the e-mail is about, if any. */
    @Column(name = "question_id")
    private Long questionId;

    @Column(name = "status", nullable = false, length = 20)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailMessage() {
        // for JPA
    }

    public MailMessage(MailKind kind, String recipient, String subject, String body, String calendar,
            Long meetingId, Long registrationId, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.calendar = calendar;
        this.meetingId = meetingId;
        this.registrationId = registrationId;
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Marks the e-mail as being about this Meeting Point question, so it is erased with the asker's data. */
    public MailMessage regarding(Long newQuestionId) {
        this.questionId = newQuestionId;
        return this;
    }

    public void sent(Instant now) {
        this.attempts++;
        this.status = MailStatus.SENT;
        this.sentAt = now;
        this.lastError = null;
    }

    /** Records a failed attempt: retried after 1, 2, 4 ... minutes, and given up after the last attempt. */
    public void failed(String error, Instant now) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_MAX));
        if (attempts >= MAX_ATTEMPTS) {
            this.status = MailStatus.FAILED;
        } else {
            this.nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    /**
     * Takes this message for sending until the lease ends: saved with the version check, so of several instances
     * that try at once only one gets it; if that one dies, the message is due again when the lease ends.
     */
    public void lease(Instant until) {
        this.nextAttemptAt = until;
    }

    public boolean isDueAt(Instant now) {
        return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** A medewerker asks to try a failed message again, now. */
    public void retry(Instant now) {
        if (status == MailStatus.FAILED) {
            this.status = MailStatus.PENDING;
            this.attempts = 0;
        }
        this.nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getCalendar() {
        return calendar;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof MailMessage that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return MailMessage.class.hashCode();
    }
}
