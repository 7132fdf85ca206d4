package nl.leiden.healthysociety.domain.accord;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leiden.healthysociety.domain.reference.AreaLevel;

/**
 * How an ambition is measured, such as "Jongeren (12-18) die ooit gerookt hebben": unit, desired direction,
 * baseline and target, source, age group and the area levels it is measured at.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

    public static final int NAME_MAX = 200;
    public static final int DEFINITION_MAX = 2000;
    public static final int SOURCE_MAX = 200;
    public static final int AGE_GROUP_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ambition_id", nullable = false)
    private Ambition ambition;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "definition", length = DEFINITION_MAX)
    private String definition;

    @Column(name = "unit", nullable = false, length = 20)
    private IndicatorUnit unit;

    @Column(name = "direction", nullable = false, length = 20)
    private Direction direction;

    @Column(name = "baseline_year")
    private Integer baselineYear;

    @Column(name = "baseline_value", precision = 12, scale = 3)
    private BigDecimal baselineValue;

    @Column(name = "target_year")
    private Integer targetYear;

    @Column(name = "target_value", precision = 12, scale = 3)
    private BigDecimal targetValue;

    @Column(name = "source", length = SOURCE_MAX)
    private String source;

    @Column(name = "age_group", length = AGE_GROUP_MAX)
    private String ageGroup;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_area_level", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "level", nullable = false, length = 20)
    private Set<AreaLevel> areaLevels = EnumSet.noneOf(AreaLevel.class);

    protected Indicator() {
        // for JPA
    }

    public Indicator(Ambition ambition, String name, IndicatorUnit unit, Direction direction, int sortOrder) {
        this.ambition = ambition;
        this.name = name;
        this.unit = unit;
        this.direction = direction;
        this.sortOrder = sortOrder;
    }

    public void describe(String newName, String newDefinition, IndicatorUnit newUnit, Direction newDirection,
            String newSource, String newAgeGroup, Collection<AreaLevel> newAreaLevels) {
        this.name = newName;
        this.definition = newDefinition;
        this.unit = newUnit;
        this.direction = newDirection;
        this.source = newSource;
        this.ageGroup = newAgeGroup;
        this.areaLevels.clear();
        this.areaLevels.addAll(newAreaLevels);
    }

    public void aim(Integer newBaselineYear, BigDecimal newBaselineValue, Integer newTargetYear,
            BigDecimal newTargetValue) {
        this.baselineYear = newBaselineYear;
        this.baselineValue = newBaselineValue;
        this.targetYear = newTargetYear;
        this.targetValue = newTargetValue;
    }

    /** The rule that turns the latest measurement into a status. */
    public CourseRule courseRule() {
        return new CourseRule(direction, baselineYear, baselineValue == null ? null : baselineValue.doubleValue(),
                targetYear, targetValue == null ? null : targetValue.doubleValue());
    }

    public boolean measuredAt(AreaLevel level) {
        return areaLevels.contains(level);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Ambition getAmbition() {
        return ambition;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    public IndicatorUnit getUnit() {
        return unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public Integer getBaselineYear() {
        return baselineYear;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getSource() {
        return source;
    }

    public String getAgeGroup() {
        return ageGroup;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Set<AreaLevel> getAreaLevels() {
        return areaLevels.isEmpty() ? EnumSet.noneOf(AreaLevel.class) : EnumSet.copyOf(areaLevels);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Indicator that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Indicator.class.hashCode();
    }
}
