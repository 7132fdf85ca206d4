package nl.leiden.healthysociety.domain.meeting;

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

/** A dated follow-up on an action plan. Never edited. */
@Entity
@Table(name = "action_plan_update")
public class ActionPlanUpdate {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_plan_id", nullable = false)
    private ActionPlan actionPlan;

    @Column(name = "update_date", nullable = false)
    private LocalDate date;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ActionPlanUpdate() {
        // for JPA
    }

    public ActionPlanUpdate(ActionPlan actionPlan, LocalDate date, String text, Account author, Instant now) {
        this.actionPlan = Objects.requireNonNull(actionPlan);
        this.date = Objects.requireNonNull(date);
        this.text = Objects.requireNonNull(Texts.trimToNull(text));
        this.author = author;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public ActionPlan getActionPlan() {
        return actionPlan;
    }

    public LocalDate getDate() {
        return date;
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
                || other instanceof ActionPlanUpdate that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return ActionPlanUpdate.class.hashCode();
    }
}
