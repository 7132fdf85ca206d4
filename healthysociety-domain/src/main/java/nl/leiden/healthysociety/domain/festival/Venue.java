package nl.leiden.healthysociety.domain.festival;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import nl.leiden.healthysociety.domain.shared.Texts;

/** A building the festival uses in one edition, with its rooms. */
@Entity
@Table(name = "festival_venue")
public class Venue {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "edition_id", nullable = false)
    private Edition edition;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "address", length = 200)
    private String address;

    @OneToMany(mappedBy = "venue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Room> rooms = new ArrayList<>();

    protected Venue() {
        // for JPA
    }

    public Venue(Edition edition, String name, String address) {
        this.edition = Objects.requireNonNull(edition);
        this.name = Objects.requireNonNull(Texts.trimToNull(name));
        this.address = Texts.trimToNull(address);
    }

    public Room addRoom(String roomName, int capacity, String accessibility) {
        Room room = new Room(this, roomName, capacity, accessibility);
        rooms.add(room);
        return room;
    }

    public Long getId() {
        return id;
    }

    public Edition getEdition() {
        return edition;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public List<Room> getRooms() {
        return List.copyOf(rooms);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Venue that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Venue.class.hashCode();
    }
}
