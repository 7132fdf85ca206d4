package nl.leiden.healthysociety.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A theme group of a Beleidslab, such as Ontmoeting, Mobiliteit or Groen; insights are grouped by it. */
@Entity
@Table(name = "meeting_theme_group")
public class ThemeGroup {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ThemeGroup() {
        // for JPA
    }

    ThemeGroup(Meeting meeting, String name, int sortOrder) {
        this.meeting = meeting;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    void reorder(int newOrder) {
        this.sortOrder = newOrder;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ThemeGroup that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return ThemeGroup.class.hashCode();
    }
}
