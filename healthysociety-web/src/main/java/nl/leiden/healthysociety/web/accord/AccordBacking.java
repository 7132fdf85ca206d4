package nl.leiden.healthysociety.web.accord;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.service.accord.AccordDashboard;
import nl.leiden.healthysociety.service.accord.AccordService;
import nl.leiden.healthysociety.service.accord.AccordSummary;
import nl.leiden.healthysociety.service.accord.AmbitionProgress;
import nl.leiden.healthysociety.service.initiative.CoverageMatrix;
import nl.leiden.healthysociety.service.initiative.InitiativeOverviewService;

/**
 * The accord's dashboard: its ambitions, whether their indicators are on course, and which initiatives contribute
 * to them where. Without an id it shows the newest accord.
 */
@Named
@RequestScoped
public class AccordBacking {

    @Inject
    AccordService service;

    @Inject
    InitiativeOverviewService overview;

    private Long id;
    private AccordDashboard dashboard;
    private List<AccordSummary> accords;
    private CoverageMatrix matrix;

    public AccordDashboard getDashboard() {
        if (dashboard == null) {
            if (id == null) {
                id = getAccords().isEmpty() ? null : getAccords().get(0).id();
            }
            dashboard = id == null ? null : service.dashboard(id);
        }
        return dashboard;
    }

    public List<AccordSummary> getAccords() {
        if (accords == null) {
            accords = service.accords();
        }
        return accords;
    }

    /** Initiatives per ambition and area; empty cells stand out. */
    public CoverageMatrix getMatrix() {
        if (matrix == null) {
            matrix = overview.coverage(InitiativeOverviewService.Rows.AMBITIONS);
        }
        return matrix;
    }

    /** The accord's ambitions that no current initiative contributes to anywhere, as a list in words. */
    public String getAmbitionsWithoutInitiatives() {
        return getDashboard().ambitions()
                .stream()
                .filter(a -> getMatrix().areas().stream().allMatch(area -> getMatrix().count(a.id(), area.id()) == 0))
                .map(AmbitionProgress::name)
                .collect(Collectors.joining("; "));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
