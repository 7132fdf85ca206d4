package nl.leiden.healthysociety.domain.festival;

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
import nl.leiden.healthysociety.domain.shared.Texts;

/** A room in a venue: how many people it holds and what visitors should know about getting in. */
@Entity
@Table(name = "festival_room")
public class Room {

    public static final int NAME_MAX = 100;
    public static final int ACCESSIBILITY_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id", nullable = false)
    private Venue venue;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "accessibility", length = ACCESSIBILITY_MAX)
    private String accessibility;

    protected Room() {
        // for JPA
    }

    Room(Venue venue, String name, int capacity, String accessibility) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a room holds at least one person");
        }
        this.venue = Objects.requireNonNull(venue);
        this.name = Objects.requireNonNull(Texts.trimToNull(name));
        this.capacity = capacity;
        this.accessibility = Texts.trimToNull(accessibility);
    }

    /** "Pieterskerk, Koorzaal". */
    public String label() {
        return venue.getName() + ", " + name;
    }

    public Long getId() {
        return id;
    }

    public Venue getVenue() {
        return venue;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getAccessibility() {
        return accessibility;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Room that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Room.class.hashCode();
    }
}
