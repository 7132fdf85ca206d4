package nl.leiden.healthysociety.service.reference;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.organisation.OrganisationQuery;
import nl.leiden.healthysociety.domain.organisation.OrganisationRepository;
import nl.leiden.healthysociety.domain.reference.ReferenceRepository;

/** The managed lists and the active organisations, for forms and filters. */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
public class ReferenceService {

    /** More active organisations than this and the forms need a search box instead of a list. */
    private static final int ORGANISATION_CHOICES = 2000;

    @Inject
    ReferenceRepository references;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ReferenceListsCache cache;

    public ReferenceLists lists() {
        return cache.get(this::load);
    }

    private ReferenceLists load() {
        return new ReferenceLists(
                references.themes().stream().map(t -> new Named(t.getId(), t.getName())).toList(),
                references.targetGroups().stream().map(g -> new Named(g.getId(), g.getName())).toList(),
                references.areas()
                        .stream()
                        .map(a -> new ReferenceLists.AreaChoice(a.getId(), a.getName(), a.getLevel()))
                        .toList(),
                references.ambitions().stream().map(a -> new Named(a.getId(), a.getName())).toList(),
                organisations.search(new OrganisationQuery(null, null, false), 0, ORGANISATION_CHOICES)
                        .stream()
                        .map(o -> new Named(o.getId(), o.getName()))
                        .toList());
    }
}
