package nl.leiden.healthysociety.web.accord;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.service.accord.AccordAdminService;
import nl.leiden.healthysociety.service.accord.AccordDashboard;
import nl.leiden.healthysociety.service.accord.AmbitionProgress;
import nl.leiden.healthysociety.web.platform.Feedback;

/** The text per ambition for the accord's progress report, written by a medewerker on the dashboard. */
@Named
@ViewScoped
public class ReportTextBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccordAdminService admin;

    @Inject
    Feedback feedback;

    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();

    /** Takes the texts as they are stored, the first time the dashboard is shown in this view. */
    public Map<Long, String> texts(AccordDashboard dashboard) {
        for (AmbitionProgress ambition : dashboard.ambitions()) {
            if (!versions.containsKey(ambition.id())) {
                versions.put(ambition.id(), ambition.reportVersion());
                texts.put(ambition.id(), ambition.reportText());
            }
        }
        return texts;
    }

    public void save(long accordId, long ambitionId) {
        try {
            admin.writeReportText(accordId, ambitionId, versions.get(ambitionId), texts.get(ambitionId));
            versions.put(ambitionId, versions.get(ambitionId) + 1);
            feedback.info("page.accord.reportTextSaved");
        } catch (BusinessException e) {
            feedback.show(e, Map.of());
        }
    }
}
