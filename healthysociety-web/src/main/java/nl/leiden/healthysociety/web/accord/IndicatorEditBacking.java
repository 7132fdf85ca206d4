package nl.leiden.healthysociety.web.accord;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.accord.Direction;
import nl.leiden.healthysociety.domain.accord.IndicatorUnit;
import nl.leiden.healthysociety.domain.reference.AreaLevel;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.service.accord.AccordAdminService;
import nl.leiden.healthysociety.service.accord.AccordService;
import nl.leiden.healthysociety.service.accord.IndicatorData;
import nl.leiden.healthysociety.service.accord.IndicatorView;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/** Creating or editing an indicator: description, unit, direction, baseline and target, area levels. */
@Named
@ViewScoped
public class IndicatorEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("ambitionId", "form:ambition"),
            Map.entry("name", "form:name"), Map.entry("definition", "form:definition"),
            Map.entry("unit", "form:unit"), Map.entry("direction", "form:direction"),
            Map.entry("baselineYear", "form:baselineYear"), Map.entry("baselineValue", "form:baselineValue"),
            Map.entry("targetYear", "form:targetYear"), Map.entry("targetValue", "form:targetValue"),
            Map.entry("source", "form:source"), Map.entry("ageGroup", "form:ageGroup"),
            Map.entry("areaLevels", "form:areaLevels"));

    @Inject
    AccordService accords;

    @Inject
    AccordAdminService admin;

    @Inject
    Feedback feedback;

    private Long id;
    private long version;
    private Long ambitionId;
    private String name;
    private String definition;
    private IndicatorUnit unit = IndicatorUnit.PERCENTAGE;
    private Direction direction = Direction.LOWER_IS_BETTER;
    private Integer baselineYear;
    private BigDecimal baselineValue;
    private Integer targetYear;
    private BigDecimal targetValue;
    private String source;
    private String ageGroup;
    private AreaLevel[] areaLevels = {AreaLevel.STAD, AreaLevel.DISTRICT};
    private boolean conflict;

    public void load() {
        if (id == null) {
            return;
        }
        IndicatorView indicator = accords.indicator(id).progress().indicator();
        version = indicator.version();
        ambitionId = indicator.ambitionId();
        name = indicator.name();
        definition = indicator.definition();
        unit = indicator.unit();
        direction = indicator.direction();
        baselineYear = indicator.baselineYear();
        baselineValue = indicator.baselineValue();
        targetYear = indicator.targetYear();
        targetValue = indicator.targetValue();
        source = indicator.source();
        ageGroup = indicator.ageGroup();
        areaLevels = indicator.areaLevels().toArray(new AreaLevel[0]);
    }

    public void save() throws IOException {
        IndicatorData data = new IndicatorData(ambitionId, name, definition, unit, direction, baselineYear,
                baselineValue, targetYear, targetValue, source, ageGroup, Set.copyOf(Arrays.asList(areaLevels)));
        try {
            IndicatorView saved = id == null ? admin.createIndicator(data) : admin.updateIndicator(id, version, data);
            feedback.infoAfterRedirect("page.indicatorEdit.saved", saved.name());
            Responses.redirect("/intranet/indicator?id=" + saved.id());
        } catch (ConflictException e) {
            conflict = true;
            feedback.show(e, FIELDS);
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public List<IndicatorUnit> getUnits() {
        return List.of(IndicatorUnit.values());
    }

    public List<Direction> getDirections() {
        return List.of(Direction.values());
    }

    public List<AreaLevel> getLevels() {
        return List.of(AreaLevel.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getAmbitionId() {
        return ambitionId;
    }

    public void setAmbitionId(Long ambitionId) {
        this.ambitionId = ambitionId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public IndicatorUnit getUnit() {
        return unit;
    }

    public void setUnit(IndicatorUnit unit) {
        this.unit = unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public Integer getBaselineYear() {
        return baselineYear;
    }

    public void setBaselineYear(Integer baselineYear) {
        this.baselineYear = baselineYear;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(BigDecimal baselineValue) {
        this.baselineValue = baselineValue;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public void setTargetYear(Integer targetYear) {
        this.targetYear = targetYear;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getAgeGroup() {
        return ageGroup;
    }

    public void setAgeGroup(String ageGroup) {
        this.ageGroup = ageGroup;
    }

    public AreaLevel[] getAreaLevels() {
        return areaLevels;
    }

    public void setAreaLevels(AreaLevel[] areaLevels) {
        this.areaLevels = areaLevels;
    }

    public boolean isConflict() {
        return conflict;
    }
}
