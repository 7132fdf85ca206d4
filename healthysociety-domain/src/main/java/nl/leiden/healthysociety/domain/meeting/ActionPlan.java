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
import jakarta.persistence.Version;
import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * A concrete follow-up agreed at a meeting: what, which organisation owns it, who works on it, by when, and how
 * far it is. It can grow into an initiative in the inventory; then it points at that initiative.
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan {

    public static final int TITLE_MAX = 200;
    public static final int PEOPLE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Organisation owner;

    @Column(name = "people", length = PEOPLE_MAX)
    private String people;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "status", nullable = false, length = 20)
    private ActionPlanStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ActionPlan() {
        // for JPA
    }

    public ActionPlan(Meeting meeting, String title, Organisation owner, Instant now) {
        this.meeting = Objects.requireNonNull(meeting);
        this.status = ActionPlanStatus.OPEN;
        this.createdAt = now;
        describe(title, owner, null, null);
    }

    public void describe(String newTitle, Organisation newOwner, String newPeople, LocalDate newDueDate) {
        this.title = Objects.requireNonNull(Texts.trimToNull(newTitle));
        this.owner = Objects.requireNonNull(newOwner);
        this.people = Texts.trimToNull(newPeople);
        this.dueDate = newDueDate;
    }

    public void changeStatus(ActionPlanStatus newStatus) {
        this.status = Objects.requireNonNull(newStatus);
    }

    /** Overdue: not finished or stopped, and its due date has passed. */
    public boolean isOverdueOn(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today)
                && (status == ActionPlanStatus.OPEN || status == ActionPlanStatus.LOPEND);
    }

    public void becameInitiative(Initiative newInitiative) {
        if (initiative != null) {
            throw new IllegalStateException("this action plan already became an initiative");
        }
        this.initiative = Objects.requireNonNull(newInitiative);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getTitle() {
        return title;
    }

    public Organisation getOwner() {
        return owner;
    }

    public String getPeople() {
        return people;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionPlanStatus getStatus() {
        return status;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ActionPlan that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return ActionPlan.class.hashCode();
    }
}
