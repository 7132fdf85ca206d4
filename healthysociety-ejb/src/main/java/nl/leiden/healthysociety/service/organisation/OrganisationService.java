package nl.leiden.healthysociety.service.organisation;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.lang.System.Logger.Level;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationQuery;
import nl.leiden.healthysociety.domain.organisation.OrganisationRepository;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.platform.CommandValidator;
import nl.leiden.healthysociety.service.reference.ReferenceListsCache;

/**
 * Partner organisations. Everyone who logs in may read them; only a beheerder changes them. Organisations are
 * deactivated rather than deleted, because other records refer to them.
 */
@Stateless
@RolesAllowed(BEHEERDER)
public class OrganisationService {

    private static final System.Logger LOG = System.getLogger(OrganisationService.class.getName());

    @Inject
    OrganisationRepository organisations;

    @Inject
    CommandValidator validator;

    @Inject
    ReferenceListsCache referenceLists;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
    public List<Organisation> search(OrganisationQuery query, int first, int pageSize) {
        return organisations.search(query, first, pageSize);
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
    public long count(OrganisationQuery query) {
        return organisations.count(query);
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
    public Organisation get(long id) {
        return organisations.find(id).orElseThrow(() -> new NotFoundException("error.organisation.notFound"));
    }

    public Organisation create(OrganisationData data) {
        validator.validate(data);
        requireNameFree(data.name(), null);
        Organisation organisation = new Organisation(data.name(), data.type());
        organisation.describe(data.corePartner(), data.website(), data.contactEmail(), data.description());
        organisations.add(organisation);
        flush();
        LOG.log(Level.INFO, "Organisation {0} created", organisation.getId());
        return organisation;
    }

    /**
     * Stores a beheerder's edit, if nobody changed the organisation since {@code expectedVersion} was read.
     */
    public Organisation update(long id, long expectedVersion, OrganisationData data) {
        validator.validate(data);
        Organisation organisation = getForChange(id, expectedVersion);
        requireNameFree(data.name(), organisation);
        organisation.rename(data.name());
        organisation.changeType(data.type());
        organisation.describe(data.corePartner(), data.website(), data.contactEmail(), data.description());
        flush();
        LOG.log(Level.INFO, "Organisation {0} updated", id);
        return organisation;
    }

    /** Takes the organisation out of use; it is kept, because other records refer to it. */
    public Organisation deactivate(long id, long expectedVersion) {
        return changeActive(id, expectedVersion, false);
    }

    public Organisation reactivate(long id, long expectedVersion) {
        return changeActive(id, expectedVersion, true);
    }

    private Organisation changeActive(long id, long expectedVersion, boolean active) {
        Organisation organisation = getForChange(id, expectedVersion);
        if (active) {
            organisation.reactivate();
        } else {
            organisation.deactivate();
        }
        flush();
        LOG.log(Level.INFO, "Organisation {0} {1}", id, active ? "reactivated" : "deactivated");
        return organisation;
    }

    private Organisation getForChange(long id, long expectedVersion) {
        Organisation organisation = get(id);
        if (organisation.getVersion() != expectedVersion) {
            throw new ConflictException("error.organisation.changedByOther");
        }
        return organisation;
    }

    private void requireNameFree(String name, Organisation self) {
        organisations.findByName(name).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw new InvalidInputException(FieldError.of("name", "validation.organisation.nameTaken"));
        });
    }

    /** Flushes now so that a concurrent change surfaces as a conflict here, not as a failed commit later. */
    private void flush() {
        referenceLists.invalidate();
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.organisation.changedByOther");
        }
    }
}
