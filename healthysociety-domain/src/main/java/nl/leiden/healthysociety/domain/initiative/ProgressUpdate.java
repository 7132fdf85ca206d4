package nl.leiden.healthysociety.domain.initiative;

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

/** A dated entry in an initiative's progress (voortgang), possibly changing its status. Never edited. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {

    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Column(name = "update_date", nullable = false)
    private LocalDate date;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "status_change", length = 30)
    private InitiativeStatus statusChange;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProgressUpdate() {
        // for JPA
    }

    /** Writes the update and applies its status change to the initiative. */
    public ProgressUpdate(Initiative initiative, LocalDate date, String text, InitiativeStatus statusChange,
            Account author, Instant now) {
        this.initiative = Objects.requireNonNull(initiative);
        this.date = Objects.requireNonNull(date, "a progress update needs a date");
        this.text = Texts.trimToNull(text);
        if (this.text == null) {
            throw new IllegalArgumentException("a progress update needs a text");
        }
        this.statusChange = statusChange;
        this.author = author;
        this.createdAt = Objects.requireNonNull(now);
        if (statusChange != null) {
            initiative.changeStatus(statusChange, now);
        }
        initiative.touch(now);
    }

    public Long getId() {
        return id;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getText() {
        return text;
    }

    public InitiativeStatus getStatusChange() {
        return statusChange;
    }

    public Account getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ProgressUpdate that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return ProgressUpdate.class.hashCode();
    }
}
