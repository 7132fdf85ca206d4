package nl.leiden.healthysociety.domain.question;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.leiden.healthysociety.domain.shared.NotRecorded;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * One entry in a question's history: a message from or to the asker, an internal note, or an event (assigned,
 * handed back). Never edited; the text is erased with the asker's data.
 */
@Entity
@Table(name = "question_message")
public class QuestionMessage {

    public static final int TEXT_MAX = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private Question question;

    @Column(name = "kind", nullable = false, length = 20)
    private QuestionMessageKind kind;

    @Column(name = "text", length = TEXT_MAX)
    @NotRecorded
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QuestionMessage() {
        // for JPA
    }

    /** An entry by this account (null for the asker), written for this organisation (null for the Center). */
    public QuestionMessage(Question question, QuestionMessageKind kind, String text, Account author,
            Organisation organisation, Instant now) {
        this.question = Objects.requireNonNull(question);
        this.kind = Objects.requireNonNull(kind);
        this.text = Objects.requireNonNull(Texts.trimToNull(text));
        this.author = author;
        this.organisation = organisation;
        this.createdAt = now;
    }

    public void erase() {
        this.text = null;
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public QuestionMessageKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public Account getAuthor() {
        return author;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof QuestionMessage that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return QuestionMessage.class.hashCode();
    }
}
