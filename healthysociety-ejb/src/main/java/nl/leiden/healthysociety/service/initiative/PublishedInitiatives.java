package nl.leiden.healthysociety.service.initiative;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.initiative.InitiativeQuery;
import nl.leiden.healthysociety.domain.initiative.InitiativeRepository;
import nl.leiden.healthysociety.domain.initiative.InitiativeSort;
import nl.leiden.healthysociety.domain.shared.NotFoundException;

/** The open-data view of the inventory, for anyone: published initiatives only, never the contact person. */
@Stateless
@PermitAll
public class PublishedInitiatives {

    @Inject
    InitiativeRepository initiatives;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    public List<PublishedInitiative> search(InitiativeQuery query, InitiativeSort.Order order, int first, int max) {
        List<Initiative> page = initiatives.search(query.onlyPublished(), order, first, max);
        Map<Long, InitiativeLinks> links = InitiativeLinks.load(em, page.stream().map(Initiative::getId).toList());
        return page.stream().map(i -> PublishedInitiative.of(i, links.get(i.getId()))).toList();
    }

    /** One page and the total, in one call and one transaction: the API asks for both on every request. */
    public ResultPage<PublishedInitiative> page(InitiativeQuery query, InitiativeSort.Order order, int first,
            int max) {
        List<PublishedInitiative> items = search(query, order, first, max);
        // A page that is not full ends the list, so it tells the total without counting again.
        boolean last = items.size() < max && (first == 0 || !items.isEmpty());
        return new ResultPage<>(items, last ? first + items.size() : count(query));
    }

    public long count(InitiativeQuery query) {
        return initiatives.count(query.onlyPublished());
    }

    public PublishedInitiative get(long id) {
        return initiatives.find(id)
                .filter(Initiative::isPublished)
                .map(PublishedInitiative::of)
                .orElseThrow(() -> new NotFoundException("error.initiative.notFound"));
    }
}
