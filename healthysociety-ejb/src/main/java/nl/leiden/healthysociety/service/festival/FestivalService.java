package nl.leiden.healthysociety.service.festival;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.festival.Edition;
import nl.leiden.healthysociety.domain.festival.FestivalRepository;
import nl.leiden.healthysociety.domain.festival.Room;
import nl.leiden.healthysociety.domain.festival.TimeSlot;
import nl.leiden.healthysociety.domain.festival.Venue;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.meeting.LeidenTime;
import nl.leiden.healthysociety.service.platform.CommandValidator;

/**
 * Festival editions with their venues, rooms and time slots. Everyone with an account reads them (partners need
 * them to propose sessions); the Center's staff set them up.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
public class FestivalService {

    private static final System.Logger LOG = System.getLogger(FestivalService.class.getName());
    static final String NOT_FOUND = "error.festival.notFound";

    @Inject
    FestivalRepository festivals;

    @Inject
    CommandValidator validator;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    public List<EditionView> editions() {
        return festivals.editions().stream().map(this::view).toList();
    }

    public EditionView edition(long id) {
        return view(find(id));
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public EditionView createEdition(EditionData data) {
        validator.validate(data);
        checkDates(data);
        if (festivals.editionByYear(data.year()).isPresent()) {
            throw new InvalidInputException(FieldError.of("year", "validation.festival.yearTaken"));
        }
        Edition edition = festivals.add(new Edition(data.year(), data.theme(), data.firstDay(), data.lastDay(),
                LeidenTime.instant(data.callOpensAt()), LeidenTime.instant(data.callClosesAt()), Instant.now()));
        em.flush();
        LOG.log(Level.INFO, "Festival edition {0} created", edition.getId());
        return view(edition);
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public EditionView updateEdition(long id, EditionData data) {
        validator.validate(data);
        checkDates(data);
        Edition edition = find(id);
        if (edition.getYear() != data.year()) {
            throw new InvalidInputException(FieldError.of("year", "validation.festival.yearFixed"));
        }
        edition.describe(data.theme(), data.firstDay(), data.lastDay(), LeidenTime.instant(data.callOpensAt()),
                LeidenTime.instant(data.callClosesAt()));
        return view(edition);
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public long addVenue(long editionId, String name, String address) {
        Edition edition = find(editionId);
        String trimmed = required("name", name, Venue.NAME_MAX);
        if (festivals.venues(edition).stream().anyMatch(venue -> venue.getName().equalsIgnoreCase(trimmed))) {
            throw new InvalidInputException(FieldError.of("name", "validation.festival.venueTaken"));
        }
        Venue venue = festivals.add(new Venue(edition, trimmed, address));
        em.flush();
        return venue.getId();
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public long addRoom(long venueId, String name, Integer capacity, String accessibility) {
        Venue venue = em.find(Venue.class, venueId);
        if (venue == null) {
            throw new NotFoundException(NOT_FOUND);
        }
        String trimmed = required("name", name, Room.NAME_MAX);
        if (capacity == null || capacity < 1 || capacity > 5000) {
            throw new InvalidInputException(FieldError.of("capacity", "validation.meeting.capacity"));
        }
        if (accessibility != null && accessibility.strip().length() > Room.ACCESSIBILITY_MAX) {
            throw new InvalidInputException(FieldError.of("accessibility", "validation.tooLong"));
        }
        if (venue.getRooms().stream().anyMatch(room -> room.getName().equalsIgnoreCase(trimmed))) {
            throw new InvalidInputException(FieldError.of("name", "validation.festival.roomTaken"));
        }
        Room room = venue.addRoom(trimmed, capacity, accessibility);
        em.flush();
        return room.getId();
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public long addSlot(long editionId, LocalDate day, LocalTime startsAt, LocalTime endsAt) {
        Edition edition = find(editionId);
        if (day == null || !edition.includes(day)) {
            throw new InvalidInputException(FieldError.of("day", "validation.festival.dayOutside"));
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new InvalidInputException(FieldError.of("endsAt", "validation.meeting.endBeforeStart"));
        }
        boolean taken = festivals.slots(edition)
                .stream()
                .anyMatch(slot -> slot.getDay().equals(day) && slot.getStartsAt().equals(startsAt));
        if (taken) {
            throw new InvalidInputException(FieldError.of("startsAt", "validation.festival.slotTaken"));
        }
        TimeSlot slot = festivals.add(new TimeSlot(edition, day, startsAt, endsAt));
        em.flush();
        return slot.getId();
    }

    Edition find(long id) {
        return festivals.edition(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static void checkDates(EditionData data) {
        if (data.lastDay().isBefore(data.firstDay())) {
            throw new InvalidInputException(FieldError.of("lastDay", "validation.meeting.endBeforeStart"));
        }
        if (!data.callClosesAt().isAfter(data.callOpensAt())) {
            throw new InvalidInputException(FieldError.of("callClosesAt", "validation.meeting.closesBeforeOpens"));
        }
    }

    private static String required(String field, String text, int max) {
        String trimmed = Texts.trimToNull(text);
        if (trimmed == null) {
            throw new InvalidInputException(FieldError.of(field, "validation.required"));
        }
        if (trimmed.length() > max) {
            throw new InvalidInputException(new FieldError(field, "validation.tooLong", Map.of("max", max)));
        }
        return trimmed;
    }

    EditionView view(Edition edition) {
        List<EditionView.VenueView> venues = festivals.venues(edition)
                .stream()
                .map(venue -> new EditionView.VenueView(venue.getId(), venue.getName(), venue.getAddress(),
                        venue.getRooms()
                                .stream()
                                .map(room -> new EditionView.RoomView(room.getId(), room.getName(), room.getCapacity(),
                                        room.getAccessibility()))
                                .toList()))
                .toList();
        List<EditionView.SlotView> slots = festivals.slots(edition)
                .stream()
                .map(slot -> new EditionView.SlotView(slot.getId(), slot.getDay(), slot.getStartsAt(),
                        slot.getEndsAt()))
                .toList();
        return new EditionView(edition.getId(), edition.getVersion(), edition.getYear(), edition.getTheme(),
                edition.getFirstDay(), edition.getLastDay(), LeidenTime.local(edition.getCallOpensAt()),
                LeidenTime.local(edition.getCallClosesAt()), edition.isCallOpenAt(Instant.now()),
                edition.isPublished(), venues, slots);
    }
}
