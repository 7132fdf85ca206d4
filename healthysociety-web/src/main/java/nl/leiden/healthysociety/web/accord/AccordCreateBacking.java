package nl.leiden.healthysociety.web.accord;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.service.accord.AccordAdminService;
import nl.leiden.healthysociety.service.accord.AccordDashboard;
import nl.leiden.healthysociety.service.accord.AccordData;
import nl.leiden.healthysociety.service.accord.AccordService;
import nl.leiden.healthysociety.service.accord.AccordSummary;
import nl.leiden.healthysociety.service.accord.AmbitionProgress;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * A new accord, by default following on from the newest one and carrying over all its ambitions (with their
 * indicators and measurements); untick the ones that do not continue.
 */
@Named
@ViewScoped
public class AccordCreateBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "form:name", "startYear", "form:startYear",
            "endYear", "form:endYear", "predecessorId", "form:predecessor", "carriedAmbitionIds", "form:carried");

    @Inject
    AccordService accords;

    @Inject
    AccordAdminService admin;

    @Inject
    Feedback feedback;

    private String name;
    private Integer startYear;
    private Integer endYear;
    private Long predecessorId;
    private Long[] carried = {};
    private List<AccordSummary> all;
    private AccordDashboard predecessor;

    public void load() {
        all = accords.accords();
        if (!all.isEmpty()) {
            predecessorId = all.get(0).id();
            startYear = all.get(0).endYear() + 1;
            endYear = startYear + 3;
            carried = getPredecessorAmbitions().stream().map(AmbitionProgress::id).toArray(Long[]::new);
        }
    }

    /** The ambitions that can be carried over: those of the chosen predecessor. */
    public List<AmbitionProgress> getPredecessorAmbitions() {
        if (predecessorId == null) {
            return List.of();
        }
        if (predecessor == null || predecessor.accord().id() != predecessorId) {
            predecessor = accords.dashboard(predecessorId);
        }
        return predecessor.ambitions();
    }

    public void predecessorChanged() {
        carried = getPredecessorAmbitions().stream().map(AmbitionProgress::id).toArray(Long[]::new);
    }

    public void save() throws IOException {
        try {
            AccordSummary created = admin.createAccord(new AccordData(name, startYear, endYear, predecessorId,
                    Arrays.asList(carried)));
            feedback.infoAfterRedirect("page.accordNew.saved", created.name());
            Responses.redirect("/intranet/preventieakkoord?id=" + created.id());
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    public List<AccordSummary> getAccords() {
        return all;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public void setEndYear(Integer endYear) {
        this.endYear = endYear;
    }

    public Long getPredecessorId() {
        return predecessorId;
    }

    public void setPredecessorId(Long predecessorId) {
        this.predecessorId = predecessorId;
    }

    public Long[] getCarried() {
        return carried;
    }

    public void setCarried(Long[] carried) {
        this.carried = carried;
    }
}
