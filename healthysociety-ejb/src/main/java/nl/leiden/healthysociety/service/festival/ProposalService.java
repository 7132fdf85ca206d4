package nl.leiden.healthysociety.service.festival;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.festival.Edition;
import nl.leiden.healthysociety.domain.festival.FestivalRepository;
import nl.leiden.healthysociety.domain.festival.ProposalStatus;
import nl.leiden.healthysociety.domain.festival.SessionProposal;
import nl.leiden.healthysociety.domain.festival.Speaker;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.reference.ReferenceRepository;
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
 * The call for sessions. A partner proposes sessions for its own organisation while the call is open, edits or
 * withdraws them until the deadline (or until the committee decides), and sees their status and feedback; it
 * never sees another organisation's proposals. The Center's staff see all of them.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
public class ProposalService {

    private static final System.Logger LOG = System.getLogger(ProposalService.class.getName());
    static final String NOT_FOUND = "error.proposal.notFound";

    @Inject
    FestivalRepository festivals;

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

    /** The proposals the caller may see in this edition: its own organisation's, or all for the Center's staff. */
    public List<ProposalView> proposals(long editionId) {
        Caller caller = caller();
        Edition edition = festivals.edition(editionId)
                .orElseThrow(() -> new NotFoundException(FestivalService.NOT_FOUND));
        Organisation own = caller.actsForEveryone() ? null : caller.organisation();
        Instant now = Instant.now();
        return festivals.proposals(edition, own).stream().map(proposal -> view(caller, proposal, now)).toList();
    }

    public ProposalView proposal(long id) {
        Caller caller = caller();
        return view(caller, visible(caller, id), Instant.now());
    }

    public ProposalView submit(long editionId, ProposalData data) {
        validator.validate(data);
        Caller caller = caller();
        Edition edition = festivals.edition(editionId)
                .orElseThrow(() -> new NotFoundException(FestivalService.NOT_FOUND));
        Instant now = Instant.now();
        if (!edition.isCallOpenAt(now)) {
            throw new ConflictException(now.isBefore(edition.getCallOpensAt())
                    ? "error.proposal.callNotOpen"
                    : "error.proposal.callClosed");
        }
        Organisation organisation = organisation(caller, data.organisationId());
        SessionProposal proposal = new SessionProposal(edition, organisation, caller.account(), now);
        apply(proposal, data);
        festivals.add(proposal);
        em.flush();
        LOG.log(Level.INFO, "Session proposal {0} submitted by account {1}", proposal.getId(),
                caller.account().getId());
        return view(caller, proposal, now);
    }

    public ProposalView update(long id, long expectedVersion, ProposalData data) {
        validator.validate(data);
        Caller caller = caller();
        SessionProposal proposal = visible(caller, id);
        Instant now = Instant.now();
        requireChangeable(caller, proposal, now);
        if (proposal.getVersion() != expectedVersion) {
            throw new ConflictException("error.proposal.changedByOther");
        }
        if (!proposal.getOrganisation().getId().equals(data.organisationId())) {
            throw new InvalidInputException(FieldError.of("organisationId", "validation.proposal.organisationFixed"));
        }
        apply(proposal, data);
        em.flush();
        LOG.log(Level.INFO, "Session proposal {0} changed by account {1}", id, caller.account().getId());
        return view(caller, proposal, now);
    }

    public ProposalView withdraw(long id) {
        Caller caller = caller();
        SessionProposal proposal = visible(caller, id);
        Instant now = Instant.now();
        requireChangeable(caller, proposal, now);
        proposal.withdraw();
        LOG.log(Level.INFO, "Session proposal {0} withdrawn by account {1}", id, caller.account().getId());
        return view(caller, proposal, now);
    }

    private void requireChangeable(Caller caller, SessionProposal proposal, Instant now) {
        if (!caller.actsForEveryone() && !caller.belongsTo(proposal.getOrganisation())) {
            throw new NotAllowedException("error.proposal.notYourOrganisation");
        }
        if (!proposal.isChangeableAt(now)) {
            throw new ConflictException(proposal.isDecided() || proposal.getStatus() == ProposalStatus.INGETROKKEN
                    ? "error.proposal.decided"
                    : "error.proposal.callClosed");
        }
    }

    private void apply(SessionProposal proposal, ProposalData data) {
        proposal.describe(data.title(), data.summary(), data.format(), data.audience(), data.expectedParticipants(),
                data.durationMinutes(), data.needs(), data.speakers()
                        .stream()
                        .map(speaker -> new Speaker(speaker.name(), speaker.bio()))
                        .toList());
        proposal.contact(data.contactName(), data.contactEmail());
        proposal.classify(theme(data.themeId()));
    }

    private Organisation organisation(Caller caller, Long organisationId) {
        List<Organisation> found = references.findAll(Organisation.class, Set.of(organisationId));
        if (found.isEmpty()) {
            throw new InvalidInputException(FieldError.of("organisationId", "validation.unknownChoice"));
        }
        Organisation organisation = found.get(0);
        if (!caller.actsForEveryone() && !caller.belongsTo(organisation)) {
            throw new NotAllowedException("error.proposal.notYourOrganisation");
        }
        return organisation;
    }

    private Theme theme(Long themeId) {
        if (themeId == null) {
            return null;
        }
        List<Theme> found = references.findAll(Theme.class, Set.of(themeId));
        if (found.isEmpty()) {
            throw new InvalidInputException(FieldError.of("themeId", "validation.unknownChoice"));
        }
        return found.get(0);
    }

    /** The proposal, if the caller may see it; another organisation's proposal is "not found" for a partner. */
    SessionProposal visible(Caller caller, long id) {
        return festivals.proposal(id)
                .filter(proposal -> caller.actsForEveryone() || caller.belongsTo(proposal.getOrganisation()))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    static ProposalView view(Caller caller, SessionProposal proposal, Instant now) {
        boolean own = caller.actsForEveryone() || caller.belongsTo(proposal.getOrganisation());
        return new ProposalView(proposal.getId(), proposal.getVersion(), proposal.getEdition().getId(),
                proposal.getEdition().getYear(), proposal.getOrganisation().getId(),
                proposal.getOrganisation().getName(), proposal.getTitle(), proposal.getSummary(), proposal.getFormat(),
                proposal.getTheme() == null ? null : proposal.getTheme().getId(),
                proposal.getTheme() == null ? null : proposal.getTheme().getName(), proposal.getAudience(),
                proposal.getExpectedParticipants(), proposal.getDurationMinutes(), proposal.getNeeds(),
                proposal.getSpeakers()
                        .stream()
                        .map(speaker -> new ProposalData.SpeakerData(speaker.getName(), speaker.getBio()))
                        .toList(),
                proposal.getContactName(), proposal.getContactEmail(), proposal.getStatus(), proposal.getFeedback(),
                proposal.getSubmittedAt(), own && proposal.isChangeableAt(now));
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }
}
