package nl.leiden.healthysociety.domain.reference;

import nl.leiden.healthysociety.domain.shared.NotAudited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An area of Leiden: the city, a district (such as Stevenshofdistrict) or a neighbourhood (such as Slaaghwijk).
 * Neighbourhoods lie in a district, districts in the city.
 */
@Entity
@Table(name = "area")
public class Area {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, unique = true, length = NAME_MAX)
    @NotAudited
    private String nameKey;

    @Column(name = "level", nullable = false, length = 20)
    private AreaLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Area parent;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Area() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public AreaLevel getLevel() {
        return level;
    }

    public Area getParent() {
        return parent;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Area that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Area.class.hashCode();
    }
}
