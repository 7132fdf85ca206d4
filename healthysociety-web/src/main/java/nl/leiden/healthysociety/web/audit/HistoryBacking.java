package nl.leiden.healthysociety.web.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.service.audit.HistoryEntry;
import nl.leiden.healthysociety.service.audit.HistoryService;
import nl.leiden.healthysociety.service.audit.HistorySubject;

/**
 * The history block on the pages of an organisation, initiative, meeting, proposal and question; empty for whoever
 * may not see it. Field names read as the page's labels where the bundle has one ("history.field.title").
 */
@Named
@RequestScoped
public class HistoryBacking {

    @Inject
    HistoryService history;

    private final Map<String, List<HistoryEntry>> loaded = new HashMap<>();

    public List<HistoryEntry> entries(String subject, Long id) {
        if (id == null) {
            return List.of();
        }
        return loaded.computeIfAbsent(subject + "#" + id, key -> {
            try {
                return history.of(HistorySubject.valueOf(subject), id);
            } catch (BusinessException | EJBAccessException e) {
                return List.of();
            }
        });
    }

    /** The label of a field in the page's language, or its own name if the bundle has none. */
    public String label(String field) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String key = "history.field." + field;
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : field;
    }
}
