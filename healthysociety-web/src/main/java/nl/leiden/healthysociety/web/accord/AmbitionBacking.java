package nl.leiden.healthysociety.web.accord;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.service.accord.AccordAdminService;
import nl.leiden.healthysociety.service.accord.AmbitionData;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/** Adding an ambition to an accord on its dashboard: a name and its goals, one per line. */
@Named
@ViewScoped
public class AmbitionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccordAdminService admin;

    @Inject
    Feedback feedback;

    private String name;
    private String goals;

    public void add(long accordId) throws IOException {
        try {
            admin.addAmbition(accordId, AmbitionData.fromLines(name, goals));
            feedback.infoAfterRedirect("page.accord.ambitionAdded", name.strip());
            Responses.redirect("/intranet/preventieakkoord?id=" + accordId);
        } catch (BusinessException e) {
            feedback.show(e, Map.of("name", "ambition:name", "goals", "ambition:goals"));
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }
}
