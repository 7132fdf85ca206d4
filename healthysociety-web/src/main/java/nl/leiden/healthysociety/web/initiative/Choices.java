package nl.leiden.healthysociety.web.initiative;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.reference.AreaLevel;
import nl.leiden.healthysociety.service.reference.ReferenceLists;
import nl.leiden.healthysociety.service.reference.ReferenceService;

/**
 * The managed lists as ready-made select items for filters and forms. Built once per version of the lists
 * (which the service caches), because evaluating a label expression for each of a thousand organisations on every
 * page view was most of the list page's time. Within one request the lists are asked for once.
 */
@Named
@ApplicationScoped
public class Choices {

    @Inject
    ReferenceService referenceService;

    private volatile Built built;

    private record Built(ReferenceLists source, List<SelectItem> themes, List<SelectItem> ambitions,
            List<SelectItem> areas, List<SelectItem> organisations, List<SelectItem> targetGroups) {
    }

    private Built built() {
        // A form asks for several lists while it renders; one service call per request is enough.
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<Object, Object> request = faces == null ? null : faces.getAttributes();
        if (request != null && request.get(Choices.class) instanceof Built seen) {
            return seen;
        }
        ReferenceLists lists = referenceService.lists();
        Built current = built;
        if (current == null || current.source() != lists) {
            current = new Built(lists, items(lists.themes()), items(lists.ambitions()),
                    lists.areas()
                            .stream()
                            .map(a -> new SelectItem(a.id(), (a.level() == AreaLevel.WIJK ? "— " : "") + a.name()))
                            .toList(),
                    items(lists.organisations()), items(lists.targetGroups()));
            built = current;
        }
        if (request != null) {
            request.put(Choices.class, current);
        }
        return current;
    }

    private static List<SelectItem> items(List<nl.leiden.healthysociety.service.reference.Named> named) {
        return named.stream().map(n -> new SelectItem(n.id(), n.name())).toList();
    }

    public List<SelectItem> getThemes() {
        return built().themes();
    }

    public List<SelectItem> getAmbitions() {
        return built().ambitions();
    }

    public List<SelectItem> getAreas() {
        return built().areas();
    }

    public List<SelectItem> getOrganisations() {
        return built().organisations();
    }

    public List<SelectItem> getTargetGroups() {
        return built().targetGroups();
    }
}
