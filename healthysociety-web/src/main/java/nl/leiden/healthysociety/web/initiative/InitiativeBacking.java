package nl.leiden.healthysociety.web.initiative;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.initiative.InitiativeDetails;
import nl.leiden.healthysociety.service.initiative.InitiativeOverviewService;
import nl.leiden.healthysociety.service.initiative.InitiativeService;
import nl.leiden.healthysociety.service.initiative.MissingOrganisation;
import nl.leiden.healthysociety.service.initiative.ProgressData;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/** One initiative: everything about it, its progress, and the form to add progress. */
@Named
@ViewScoped
public class InitiativeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("date", "progress:date", "text", "progress:text");

    @Inject
    InitiativeService service;

    @Inject
    InitiativeOverviewService overview;

    @Inject
    Feedback feedback;

    private List<MissingOrganisation> missing;

    private Long id;
    private InitiativeDetails initiative;
    private LocalDate progressDate = LocalDate.now();
    private String progressText;
    private InitiativeStatus progressStatus;

    public void load() throws IOException {
        if (id == null) {
            Responses.error(404);
            return;
        }
        try {
            initiative = service.details(id);
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    public void addProgress() {
        try {
            initiative = service.addProgress(id, new ProgressData(progressDate, progressText, progressStatus));
            feedback.info("page.initiative.progressAdded");
            progressText = null;
            progressStatus = null;
            progressDate = LocalDate.now();
        } catch (BusinessException e) {
            feedback.show(e, FIELDS);
        }
    }

    /** Organisations on the same theme and area that are not involved yet ("wie ontbreekt er nog?"). */
    public List<MissingOrganisation> getMissing() {
        if (missing == null) {
            missing = initiative == null ? List.of() : overview.missing(initiative.id());
        }
        return missing;
    }

    public InitiativeStatus[] getStatuses() {
        return InitiativeStatus.values();
    }

    public InitiativeDetails getInitiative() {
        return initiative;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getProgressDate() {
        return progressDate;
    }

    public void setProgressDate(LocalDate progressDate) {
        this.progressDate = progressDate;
    }

    public String getProgressText() {
        return progressText;
    }

    public void setProgressText(String progressText) {
        this.progressText = progressText;
    }

    public InitiativeStatus getProgressStatus() {
        return progressStatus;
    }

    public void setProgressStatus(InitiativeStatus progressStatus) {
        this.progressStatus = progressStatus;
    }
}
