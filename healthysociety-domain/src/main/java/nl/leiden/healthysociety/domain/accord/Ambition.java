package nl.leiden.healthysociety.domain.accord;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An ambition of the prevention accord, such as "Leidse jeugd groeit rookvrij op", with its goals. An ambition
 * can stay on in a successor accord (see {@link AccordAmbition}); its indicators and their history go with it.
 */
@Entity
@Table(name = "ambition")
public class Ambition {

    public static final int NAME_MAX = 300;
    public static final int GOAL_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "code", nullable = false, unique = true, length = 60)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection
    @CollectionTable(name = "ambition_goal", joinColumns = @JoinColumn(name = "ambition_id"))
    @OrderColumn(name = "position")
    @Column(name = "goal", nullable = false, length = GOAL_MAX)
    private List<String> goals = new ArrayList<>();

    protected Ambition() {
        // for JPA
    }

    public Ambition(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void replaceGoals(List<String> newGoals) {
        goals.clear();
        goals.addAll(newGoals);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
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

    public List<String> getGoals() {
        return List.copyOf(goals);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Ambition that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Ambition.class.hashCode();
    }
}
