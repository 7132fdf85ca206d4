package nl.leiden.healthysociety.domain.question;

import java.time.Instant;
import java.time.LocalDate;
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
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.shared.Texts;

/** What the partners' Meeting Point meeting of a given date decided about a question. Never edited. */
@Entity
@Table(name = "question_decision")
public class QuestionDecision {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private Question question;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QuestionDecision() {
        // for JPA
    }

    public QuestionDecision(Question question, LocalDate meetingDate, String text, Account author, Instant now) {
        this.question = Objects.requireNonNull(question);
        this.meetingDate = Objects.requireNonNull(meetingDate);
        this.text = Objects.requireNonNull(Texts.trimToNull(text));
        this.author = author;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getText() {
        return text;
    }

    public Account getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof QuestionDecision that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return QuestionDecision.class.hashCode();
    }
}
