package nl.leiden.healthysociety.domain.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.shared.Texts;

/** Organisations that agreed at a meeting to work together, and on what. */
@Entity
@Table(name = "collaboration")
public class Collaboration {

    public static final int DESCRIPTION_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @ManyToMany
    @JoinTable(name = "collaboration_organisation", joinColumns = @JoinColumn(name = "collaboration_id"), inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisations = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Collaboration() {
        // for JPA
    }

    public Collaboration(Meeting meeting, Collection<Organisation> organisations, String description, Instant now) {
        if (organisations.size() < 2) {
            throw new IllegalArgumentException("a collaboration takes at least two organisations");
        }
        this.meeting = Objects.requireNonNull(meeting);
        this.organisations.addAll(organisations);
        this.description = Objects.requireNonNull(Texts.trimToNull(description));
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getDescription() {
        return description;
    }

    public Set<Organisation> getOrganisations() {
        return Set.copyOf(organisations);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Collaboration that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Collaboration.class.hashCode();
    }
}
