package nl.leiden.healthysociety.web.accord;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.accord.Direction;
import nl.leiden.healthysociety.domain.reference.AreaLevel;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.service.accord.AccordService;
import nl.leiden.healthysociety.service.accord.IndicatorDetails;
import nl.leiden.healthysociety.service.accord.IndicatorView;
import nl.leiden.healthysociety.service.accord.MeasurementData;
import nl.leiden.healthysociety.service.accord.MeasurementService;
import nl.leiden.healthysociety.service.accord.MeasurementView;
import nl.leiden.healthysociety.service.reference.ReferenceService;
import nl.leiden.healthysociety.web.platform.DistrictLayout;
import nl.leiden.healthysociety.web.platform.Feedback;

/**
 * One indicator: its status and the rule behind it, the city's values over time against the line to the target,
 * the districts compared (bars and map), the health differences, all figures in a table, and for medewerkers a form
 * to enter a value. A value for a period and area that has one already is only replaced when confirmed.
 */
@Named
@ViewScoped
public class IndicatorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccordService service;

    @Inject
    MeasurementService measurements;

    @Inject
    ReferenceService references;

    @Inject
    Feedback feedback;

    private Long id;
    private IndicatorDetails details;
    private Integer period = Year.now().getValue() - 1;
    private Long areaId;
    private BigDecimal value;
    private BigDecimal margin;
    private String source;
    private String note;
    private boolean conflict;

    /** One district on the map, shaded by its rank from best (light) to worst (dark). */
    public record Tile(String name, String value, int x, int y, String fill, String textColour, List<String> label)
            implements
                Serializable {
    }

    public void load() {
        details = service.indicator(id);
        if (source == null) {
            source = details.progress().indicator().source();
        }
    }

    public void record() {
        save(false);
    }

    public void replace() {
        save(true);
    }

    private void save(boolean replace) {
        try {
            measurements.record(new MeasurementData(id, period, areaId, value, margin, source, note), replace);
            feedback.info(replace ? "page.indicator.replaced" : "page.indicator.recorded");
            conflict = false;
            value = null;
            margin = null;
            note = null;
            details = service.indicator(id);
        } catch (ConflictException e) {
            conflict = true;
            feedback.show(e, Map.of());
        } catch (BusinessException e) {
            conflict = false;
            feedback.show(e, Map.of("period", "measurement:period", "areaId", "measurement:area", "value",
                    "measurement:value", "margin", "measurement:margin", "source", "measurement:source", "note",
                    "measurement:note"));
        }
    }

    public IndicatorDetails getDetails() {
        return details;
    }

    public IndicatorView getIndicator() {
        return details.progress().indicator();
    }

    public LineChart getLineChart() {
        IndicatorView indicator = getIndicator();
        List<MeasurementView> city = details.cityOverTime();
        return LineChart.of(city.stream().map(MeasurementView::period).toList(),
                city.stream().map(m -> m.value().doubleValue()).toList(), indicator.baselineYear(),
                indicator.baselineValue() == null ? null : indicator.baselineValue().doubleValue(),
                indicator.targetYear(), indicator.targetValue() == null ? null : indicator.targetValue().doubleValue(),
                locale());
    }

    public BarChart getBarChart() {
        List<MeasurementView> districts = details.districts();
        Double city = details.cityOverTime()
                .stream()
                .filter(m -> details.districtPeriod() != null && m.period() == details.districtPeriod())
                .map(m -> m.value().doubleValue())
                .findFirst()
                .orElse(null);
        return BarChart.of(districts.stream().map(MeasurementView::areaName).toList(),
                districts.stream().map(m -> m.value().doubleValue()).toList(), city,
                getIndicator().direction() == Direction.LOWER_IS_BETTER, locale());
    }

    public List<Tile> getTiles() {
        BarChart bars = getBarChart();
        List<Tile> tiles = new ArrayList<>();
        int extra = 0;
        int count = bars.bars().size();
        for (int rank = 0; rank < count; rank++) {
            BarChart.Bar bar = bars.bars().get(rank);
            int[] corner = DistrictLayout.corner(bar.name(), DistrictLayout.known(bar.name()) ? 0 : extra++);
            // Best light, worst dark: five shades spread over the ranks.
            String[] shade = DistrictLayout.shade(count == 1 ? 0 : (int) Math.round(4.0 * rank / (count - 1)));
            tiles.add(new Tile(bar.name(), bar.label(), corner[0], corner[1], shade[0], shade[1],
                    DistrictLayout.label(bar.name())));
        }
        return tiles;
    }

    public int getMapWidth() {
        return getTiles().stream().mapToInt(Tile::x).max().orElse(0) + DistrictLayout.TILE;
    }

    public int getMapHeight() {
        return getTiles().stream().mapToInt(Tile::y).max().orElse(0) + DistrictLayout.TILE;
    }

    public int getTileSize() {
        return DistrictLayout.TILE;
    }

    /** The areas at the levels this indicator is measured at, for the form. */
    public List<SelectItem> getAreas() {
        List<AreaLevel> levels = getIndicator().areaLevels();
        return references.lists()
                .areas()
                .stream()
                .filter(a -> levels.contains(a.level()))
                .map(a -> new SelectItem(a.id(), (a.level() == AreaLevel.WIJK ? "— " : "") + a.name()))
                .toList();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getPeriod() {
        return period;
    }

    public void setPeriod(Integer period) {
        this.period = period;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public BigDecimal getMargin() {
        return margin;
    }

    public void setMargin(BigDecimal margin) {
        this.margin = margin;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isConflict() {
        return conflict;
    }
}
