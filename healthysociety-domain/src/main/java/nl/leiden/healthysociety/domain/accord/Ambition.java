package nl.leiden.healthysociety.domain.accord;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An ambition of the prevention accord, such as "Leidse jeugd groeit rookvrij op". */
@Entity
@Table(name = "ambition")
public class Ambition {

    public static final int NAME_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 60)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Ambition() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Ambition that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Ambition.class.hashCode();
    }
}
