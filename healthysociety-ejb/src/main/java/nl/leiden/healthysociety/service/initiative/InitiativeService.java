package nl.leiden.healthysociety.service.initiative;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.accord.Ambition;
import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.initiative.InitiativeQuery;
import nl.leiden.healthysociety.domain.initiative.InitiativeRepository;
import nl.leiden.healthysociety.domain.initiative.InitiativeSort;
import nl.leiden.healthysociety.domain.initiative.ProgressUpdate;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.reference.ReferenceRepository;
import nl.leiden.healthysociety.domain.reference.TargetGroup;
import nl.leiden.healthysociety.domain.reference.Theme;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotAllowedException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.platform.CommandValidator;
import nl.leiden.healthysociety.service.security.Caller;
import nl.leiden.healthysociety.service.security.CallerLookup;

/**
 * The initiative inventory. Everyone with an account reads it. A partner creates initiatives that its own
 * organisation leads, edits the ones it leads, and adds progress to the ones it leads or takes part in;
 * medewerkers and beheerders do all of that for every initiative. These rules hold here, so the screens, the API
 * and imports cannot get around them.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
public class InitiativeService {

    private static final System.Logger LOG = System.getLogger(InitiativeService.class.getName());
    private static final String NOT_YOURS = "error.initiative.notYourOrganisation";

    @Inject
    InitiativeRepository initiatives;

    @Inject
    ReferenceRepository references;

    @Inject
    CommandValidator validator;

    @Inject
    CallerLookup callers;

    @Resource
    SessionContext session;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    public List<InitiativeSummary> search(InitiativeQuery query, InitiativeSort.Order order, int first, int max) {
        return initiatives.search(query, order, first, max).stream().map(InitiativeSummary::of).toList();
    }

    public long count(InitiativeQuery query) {
        return initiatives.count(query);
    }

    /** One page and the total, in one call and one transaction: the list screen asks for both on every view. */
    public ResultPage<InitiativeSummary> page(InitiativeQuery query, InitiativeSort.Order order, int first, int max) {
        List<InitiativeSummary> items = search(query, order, first, max);
        // A page that is not full ends the list, so it tells the total without counting again.
        boolean last = items.size() < max && (first == 0 || !items.isEmpty());
        return new ResultPage<>(items, last ? first + items.size() : count(query));
    }

    public InitiativeDetails details(long id) {
        Initiative initiative = find(id);
        Caller caller = caller();
        List<ProgressView> progress = initiatives.progress(id).stream().map(ProgressView::of).toList();
        return InitiativeDetails.of(initiative, progress, mayEdit(caller, initiative),
                mayAddProgress(caller, initiative));
    }

    /** The organisation a partner acts for, or null for medewerkers and beheerders. */
    public Long callerOrganisationId() {
        Organisation organisation = caller().organisation();
        return organisation == null ? null : organisation.getId();
    }

    public InitiativeDetails create(InitiativeData data) {
        validator.validate(data);
        Caller caller = caller();
        if (!caller.actsForEveryone() && !data.leadIds().contains(caller.organisation().getId())) {
            throw new NotAllowedException(NOT_YOURS);
        }
        requireNumberFree(data.number(), null);
        Instant now = Instant.now();
        Initiative initiative = new Initiative(data.title(), data.status(), organisations(data.leadIds(), "leadIds"),
                now);
        apply(initiative, data);
        initiatives.add(initiative);
        flush();
        LOG.log(Level.INFO, "Initiative {0} created by account {1}", initiative.getId(), caller.account().getId());
        return details(initiative.getId());
    }

    public InitiativeDetails update(long id, long expectedVersion, InitiativeData data) {
        validator.validate(data);
        Initiative initiative = find(id);
        Caller caller = caller();
        if (!mayEdit(caller, initiative)
                || !caller.actsForEveryone() && !data.leadIds().contains(caller.organisation().getId())) {
            throw new NotAllowedException(NOT_YOURS);
        }
        if (initiative.getVersion() != expectedVersion) {
            throw new ConflictException("error.initiative.changedByOther");
        }
        requireNumberFree(data.number(), initiative);
        if (initiative.getStatus() != data.status()) {
            initiative.changeStatus(data.status(), Instant.now());
        }
        apply(initiative, data);
        initiative.touch(Instant.now());
        flush();
        LOG.log(Level.INFO, "Initiative {0} updated by account {1}", id, caller.account().getId());
        return details(id);
    }

    public InitiativeDetails addProgress(long id, ProgressData data) {
        validator.validate(data);
        Initiative initiative = find(id);
        Caller caller = caller();
        if (!mayAddProgress(caller, initiative)) {
            throw new NotAllowedException(NOT_YOURS);
        }
        initiatives.add(new ProgressUpdate(initiative, data.date(), data.text(), data.statusChange(),
                caller.account(), Instant.now()));
        flush();
        LOG.log(Level.INFO, "Progress added to initiative {0} by account {1}", id, caller.account().getId());
        return details(id);
    }

    static boolean mayEdit(Caller caller, Initiative initiative) {
        return caller.actsForEveryone() || initiative.isLedBy(caller.organisation());
    }

    static boolean mayAddProgress(Caller caller, Initiative initiative) {
        return caller.actsForEveryone() || initiative.involves(caller.organisation());
    }

    private void apply(Initiative initiative, InitiativeData data) {
        initiative.renumber(data.number());
        initiative.describe(data.title(), data.description());
        initiative.organise(organisations(data.leadIds(), "leadIds"), organisations(data.partnerIds(), "partnerIds"));
        if (data.startDate() != null && data.endDate() != null && data.endDate().isBefore(data.startDate())) {
            throw new InvalidInputException(FieldError.of("endDate", "validation.initiative.endBeforeStart"));
        }
        initiative.plan(data.startDate(), data.endDate());
        initiative.classify(all(Theme.class, data.themeIds(), "themeIds"),
                all(TargetGroup.class, data.targetGroupIds(), "targetGroupIds"), data.lifeStages(),
                all(Area.class, data.areaIds(), "areaIds"), all(Ambition.class, data.ambitionIds(), "ambitionIds"));
        initiative.contact(data.contactName(), data.contactEmail(), data.website());
        initiative.publish(data.published());
    }

    private List<Organisation> organisations(Set<Long> ids, String field) {
        List<Organisation> found = all(Organisation.class, ids, field);
        if (found.stream().anyMatch(organisation -> !organisation.isActive())) {
            throw new InvalidInputException(FieldError.of(field, "validation.initiative.inactiveOrganisation"));
        }
        return found;
    }

    /** All of these ids, or an error on the field if one of them does not exist. */
    private <T> List<T> all(Class<T> type, Set<Long> ids, String field) {
        List<T> found = references.findAll(type, ids);
        if (found.size() != ids.size()) {
            throw new InvalidInputException(FieldError.of(field, "validation.unknownChoice"));
        }
        return new ArrayList<>(found);
    }

    private void requireNumberFree(String number, Initiative self) {
        initiatives.findByNumber(number).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw new InvalidInputException(FieldError.of("number", "validation.initiative.numberTaken"));
        });
    }

    private Initiative find(long id) {
        return initiatives.find(id).orElseThrow(() -> new NotFoundException("error.initiative.notFound"));
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("error.initiative.changedByOther");
        }
    }
}
