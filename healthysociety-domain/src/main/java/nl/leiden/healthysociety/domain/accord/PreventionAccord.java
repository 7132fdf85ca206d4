package nl.leiden.healthysociety.domain.accord;

import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.Version;

/** A prevention accord, such as "Leiden Gezond en Vitaal" 2021-2023, and its ambitions in order. */
@Entity
@Table(name = "prevention_accord")
public class PreventionAccord {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    private PreventionAccord predecessor;

    @OneToMany(mappedBy = "accord", cascade = CascadeType.PERSIST)
    @OrderBy("sortOrder")
    private List<AccordAmbition> ambitions = new ArrayList<>();

    protected PreventionAccord() {
        // for JPA
    }

    public PreventionAccord(String name, int startYear, int endYear, PreventionAccord predecessor) {
        this.name = name;
        this.startYear = startYear;
        this.endYear = endYear;
        this.predecessor = predecessor;
    }

    public void describe(String newName, int newStartYear, int newEndYear) {
        this.name = newName;
        this.startYear = newStartYear;
        this.endYear = newEndYear;
    }

    /** Takes the ambition into this accord, after the ones it has; an ambition already in it is left as it is. */
    public AccordAmbition include(Ambition ambition) {
        for (AccordAmbition existing : ambitions) {
            if (existing.getAmbition().equals(ambition)) {
                return existing;
            }
        }
        AccordAmbition link = new AccordAmbition(this, ambition, ambitions.size() + 1);
        ambitions.add(link);
        return link;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    public PreventionAccord getPredecessor() {
        return predecessor;
    }

    public List<AccordAmbition> getAmbitions() {
        return List.copyOf(ambitions);
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof PreventionAccord that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return PreventionAccord.class.hashCode();
    }
}
