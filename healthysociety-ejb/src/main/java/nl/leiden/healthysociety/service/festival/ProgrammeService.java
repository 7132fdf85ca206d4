package nl.leiden.healthysociety.service.festival;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.festival.Edition;
import nl.leiden.healthysociety.domain.festival.FestivalRepository;
import nl.leiden.healthysociety.domain.festival.ProgrammeCheck;
import nl.leiden.healthysociety.domain.festival.ProgrammeConflict;
import nl.leiden.healthysociety.domain.festival.ProposalStatus;
import nl.leiden.healthysociety.domain.festival.Room;
import nl.leiden.healthysociety.domain.festival.SessionProposal;
import nl.leiden.healthysociety.domain.festival.Speaker;
import nl.leiden.healthysociety.domain.festival.TimeSlot;
import nl.leiden.healthysociety.domain.meeting.MeetingRepository;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;

/**
 * The programme: accepted sessions placed in rooms and time slots. Placing is always allowed, so the programme
 * maker can move things around; the conflicts (a room double-booked, a speaker in two places, a session longer
 * than its slot, a room too small) are shown and block publishing. Publishing gives every placed session a meeting
 * that visitors register for; after that, moving a session tells its registered visitors, and taking it out of
 * the programme cancels it for them.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER})
public class ProgrammeService {

    private static final System.Logger LOG = System.getLogger(ProgrammeService.class.getName());

    @Inject
    FestivalRepository festivals;

    @Inject
    MeetingRepository meetings;

    @Inject
    SessionMeetings sessionMeetings;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
    public ProgrammeView programme(long editionId) {
        return view(edition(editionId));
    }

    /** Puts an accepted session in a room and slot of its edition; null for both takes it out. */
    public ProgrammeView place(long proposalId, Long roomId, Long slotId) {
        SessionProposal proposal = festivals.proposal(proposalId)
                .orElseThrow(() -> new NotFoundException(ProposalService.NOT_FOUND));
        Edition edition = proposal.getEdition();
        if (proposal.getStatus() != ProposalStatus.GEACCEPTEERD) {
            throw new ConflictException("error.programme.notAccepted");
        }
        Room room = roomId == null
                ? null
                : festivals.room(roomId)
                        .filter(found -> found.getVenue().getEdition().getId().equals(edition.getId()))
                        .orElseThrow(
                                () -> new InvalidInputException(FieldError.of("roomId", "validation.unknownChoice")));
        TimeSlot slot = slotId == null
                ? null
                : festivals.slot(slotId)
                        .filter(found -> found.getEdition().getId().equals(edition.getId()))
                        .orElseThrow(
                                () -> new InvalidInputException(FieldError.of("slotId", "validation.unknownChoice")));
        if ((room == null) != (slot == null)) {
            throw new InvalidInputException(FieldError.of("slotId", "validation.programme.roomAndSlot"));
        }
        proposal.place(room, slot);
        if (edition.isPublished()) {
            sessionMeetings.follow(proposal, Instant.now());
        }
        LOG.log(Level.INFO, "Session {0} placed in room {1}, slot {2}", proposalId, roomId, slotId);
        return view(edition);
    }

    /** Publishes the programme if it has no conflicts; every placed session gets (or keeps) its meeting. */
    public ProgrammeView publish(long editionId) {
        Edition edition = em.find(Edition.class, editionId, LockModeType.PESSIMISTIC_WRITE);
        if (edition == null) {
            throw new NotFoundException(FestivalService.NOT_FOUND);
        }
        List<SessionProposal> sessions = accepted(edition);
        List<ProgrammeConflict> conflicts = ProgrammeCheck.conflicts(sessions);
        if (!conflicts.isEmpty()) {
            throw new ConflictException("error.programme.conflicts", conflicts.size());
        }
        if (sessions.stream().noneMatch(SessionProposal::isPlaced)) {
            throw new ConflictException("error.programme.empty");
        }
        Instant now = Instant.now();
        sessions.forEach(session -> sessionMeetings.follow(session, now));
        edition.publish(now);
        LOG.log(Level.INFO, "Programme of festival edition {0} published", editionId);
        return view(edition);
    }

    private Edition edition(long id) {
        return festivals.edition(id).orElseThrow(() -> new NotFoundException(FestivalService.NOT_FOUND));
    }

    private List<SessionProposal> accepted(Edition edition) {
        return festivals.proposals(edition, null)
                .stream()
                .filter(proposal -> proposal.getStatus() == ProposalStatus.GEACCEPTEERD)
                .toList();
    }

    ProgrammeView view(Edition edition) {
        List<SessionProposal> sessions = accepted(edition);
        List<EditionView.RoomView> rooms = festivals.venues(edition)
                .stream()
                .flatMap(venue -> venue.getRooms().stream())
                .map(room -> new EditionView.RoomView(room.getId(), room.label(), room.getCapacity(),
                        room.getAccessibility()))
                .toList();
        List<EditionView.SlotView> slots = festivals.slots(edition)
                .stream()
                .map(slot -> new EditionView.SlotView(slot.getId(), slot.getDay(), slot.getStartsAt(),
                        slot.getEndsAt()))
                .toList();
        List<ProgrammeView.SessionCard> cards = sessions.stream()
                .sorted(Comparator.comparing(SessionProposal::getTitle))
                .map(ProgrammeService::card)
                .toList();
        List<ProgrammeView.ConflictView> conflicts = ProgrammeCheck.conflicts(sessions)
                .stream()
                .map(conflict -> new ProgrammeView.ConflictView(conflict.kind(),
                        conflict.sessions().stream().map(SessionProposal::getId).toList(),
                        conflict.sessions().stream().map(SessionProposal::getTitle).toList(), conflict.subject()))
                .toList();
        return new ProgrammeView(edition.getId(), edition.getYear(), edition.isPublished(), rooms, slots,
                cards.stream().filter(card -> card.roomId() != null).toList(),
                cards.stream().filter(card -> card.roomId() == null).toList(), conflicts);
    }

    private static ProgrammeView.SessionCard card(SessionProposal session) {
        return new ProgrammeView.SessionCard(session.getId(), session.getTitle(), session.getOrganisation().getName(),
                session.getFormat(), session.getExpectedParticipants(), session.getDurationMinutes(),
                session.getSpeakers().stream().map(Speaker::getName).toList(),
                session.isPlaced() ? session.getRoom().getId() : null,
                session.isPlaced() ? session.getSlot().getId() : null,
                session.isPlaced() ? session.getSlot().getDay() : null,
                session.isPlaced() ? session.getSlot().getStartsAt() : null,
                session.getMeeting() == null ? null : session.getMeeting().getId());
    }
}
