package nl.leiden.healthysociety.web.accord;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.accord.AccordAdminService;
import nl.leiden.healthysociety.service.accord.AccordService;
import nl.leiden.healthysociety.service.accord.AmbitionData;
import nl.leiden.healthysociety.service.accord.AmbitionProgress;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/** Editing an ambition's name and goals (one goal per line), from the dashboard of an accord it belongs to. */
@Named
@ViewScoped
public class AmbitionEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccordService accords;

    @Inject
    AccordAdminService admin;

    @Inject
    Feedback feedback;

    private Long accordId;
    private Long id;
    private long version;
    private String name;
    private String goals;

    public void load() {
        AmbitionProgress ambition = accords.dashboard(accordId)
                .ambitions()
                .stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.ambition.notFound"));
        version = ambition.version();
        name = ambition.name();
        goals = String.join("\n", ambition.goals());
    }

    public void save() throws IOException {
        try {
            admin.updateAmbition(id, version, AmbitionData.fromLines(name, goals));
            feedback.infoAfterRedirect("page.ambitionEdit.saved", name.strip());
            Responses.redirect("/intranet/preventieakkoord?id=" + accordId);
        } catch (BusinessException e) {
            feedback.show(e, Map.of("name", "form:name", "goals", "form:goals"));
        }
    }

    public Long getAccordId() {
        return accordId;
    }

    public void setAccordId(Long accordId) {
        this.accordId = accordId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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
