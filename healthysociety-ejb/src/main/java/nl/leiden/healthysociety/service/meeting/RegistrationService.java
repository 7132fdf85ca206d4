package nl.leiden.healthysociety.service.meeting;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.festival.Edition;
import nl.leiden.healthysociety.domain.mail.MailKind;
import nl.leiden.healthysociety.domain.meeting.ConsentText;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingRepository;
import nl.leiden.healthysociety.domain.meeting.MeetingStatus;
import nl.leiden.healthysociety.domain.meeting.MeetingType;
import nl.leiden.healthysociety.domain.meeting.Registrant;
import nl.leiden.healthysociety.domain.meeting.Registration;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.reference.AreaLevel;
import nl.leiden.healthysociety.domain.reference.ReferenceRepository;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.platform.CommandValidator;
import nl.leiden.healthysociety.service.platform.Tokens;
import nl.leiden.healthysociety.service.reference.Named;

/**
 * The public side of meetings: the calendar, a meeting's page, and registering without an account. Never more
 * confirmed seats than capacity: a registration locks its meeting, counts and takes a seat or a place on the
 * waiting list, and commits, before the next registration for that meeting can count. A registrant manages their
 * registration through the token e-mailed to them; it is the only way in, so a wrong or erased token is "not
 * found".
 */
@Stateless
@PermitAll
public class RegistrationService {

    private static final System.Logger LOG = System.getLogger(RegistrationService.class.getName());
    private static final String NOT_FOUND = "error.meeting.notFound";
    private static final List<MeetingStatus> PUBLIC = List.of(MeetingStatus.GEPUBLICEERD, MeetingStatus.GEANNULEERD);

    @Inject
    MeetingRepository meetings;

    @Inject
    ReferenceRepository references;

    @Inject
    CommandValidator validator;

    @Inject
    Seats seats;

    @Inject
    MeetingMails mails;

    @Inject
    MeetingCalendar calendar;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    /** Published (and cancelled) meetings that have not ended, soonest first. */
    public List<PublicMeeting> upcoming() {
        Instant now = Instant.now();
        List<Meeting> found = meetings.calendar(now, PUBLIC);
        Map<Long, Map<RegistrationStatus, Long>> counts = meetings
                .registrationCounts(found.stream().map(Meeting::getId).toList());
        return found.stream().map(meeting -> view(meeting, counts.getOrDefault(meeting.getId(), Map.of()), now))
                .toList();
    }

    public PublicMeeting meeting(long id) {
        Meeting meeting = published(id);
        return view(meeting, meetings.registrationCounts(List.of(id)).getOrDefault(id, Map.of()), Instant.now());
    }

    /** The iCalendar feed: published and cancelled meetings from a year back on. */
    public String feed() {
        Instant from = Instant.now().minus(366, ChronoUnit.DAYS);
        return calendar.feed(meetings.between(from, LeidenTime.FAR_FUTURE, PUBLIC)
                .stream()
                .filter(meeting -> meeting.getType() != MeetingType.FESTIVALSESSIE)
                .toList());
    }

    public String ics(long id) {
        return calendar.single(published(id));
    }

    /** The districts and neighbourhoods a registrant may say they live in (the city as a whole is no answer). */
    public List<Named> areas() {
        return references.areas()
                .stream()
                .filter(area -> area.getLevel() != AreaLevel.STAD && area.isActive())
                .map(area -> new Named(area.getId(), area.getName()))
                .toList();
    }

    public ConsentText consent() {
        return meetings.currentConsent();
    }

    public RegistrationOutcome register(long meetingId, RegistrationData data) {
        validator.validate(data);
        lockFestivalOf(meetingId);
        Meeting meeting = meetings.findLocked(meetingId)
                .filter(found -> found.getStatus() != MeetingStatus.CONCEPT)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Instant now = Instant.now();
        requireOpen(meeting, now);
        Area area = area(data.areaId());
        Registrant registrant = new Registrant(data.name(), data.email(), data.organisation(), data.kind(),
                data.needs(), area, data.languageOrDefault());
        String emailKey = Registration.emailKey(data.email());
        if (meeting.getType() == MeetingType.FESTIVALSESSIE
                && meetings.hasOverlappingFestivalRegistration(emailKey, meeting)) {
            throw new InvalidInputException(FieldError.of("email", "validation.festival.overlap"));
        }
        int consent = meetings.currentConsent().getVersion();
        Registration registration = meetings.registration(meeting, emailKey)
                .map(existing -> renew(existing, registrant, consent, now))
                .orElseGet(() -> meetings.add(new Registration(meeting, registrant, consent, Tokens.next(), now)));
        seats.seat(registration, now);
        long position = registration.getStatus() == RegistrationStatus.WAITING
                ? meetings.waitingPosition(registration)
                : 0;
        mails.send(registration.getStatus() == RegistrationStatus.CONFIRMED
                ? MailKind.REGISTRATION_CONFIRMED
                : MailKind.REGISTRATION_WAITING, registration, position);
        LOG.log(Level.INFO, "Registration {0} for meeting {1}: {2}", registration.getId(), meetingId,
                registration.getStatus());
        return new RegistrationOutcome(registration.getStatus(), position);
    }

    /**
     * For a festival session, locks its festival edition first: registrations of one visitor for two sessions at
     * the same time then cannot pass the overlap check side by side. (Always edition before meeting, so two
     * registrations never wait for each other in a circle.)
     */
    private void lockFestivalOf(long meetingId) {
        em.createQuery("select p.edition.id from SessionProposal p where p.meeting.id = :meeting", Long.class)
                .setParameter("meeting", meetingId)
                .getResultStream()
                .findFirst()
                .ifPresent(editionId -> em.find(Edition.class, editionId, LockModeType.PESSIMISTIC_WRITE));
    }

    private Registration renew(Registration existing, Registrant registrant, int consent, Instant now) {
        if (existing.getStatus() != RegistrationStatus.CANCELLED) {
            throw new InvalidInputException(FieldError.of("email", "validation.registration.alreadyRegistered"));
        }
        existing.renew(registrant, consent, Tokens.next(), now);
        return existing;
    }

    private static void requireOpen(Meeting meeting, Instant now) {
        if (meeting.getStatus() == MeetingStatus.GEANNULEERD) {
            throw new ConflictException("error.registration.meetingCancelled");
        }
        if (!meeting.isRegistrationOpenAt(now)) {
            throw new ConflictException(meeting.registrationOpensAt() != null
                    && now.isBefore(meeting.registrationOpensAt())
                            ? "error.registration.notYetOpen"
                            : "error.registration.closed");
        }
    }

    private Area area(Long areaId) {
        if (areaId == null) {
            return null;
        }
        List<Area> found = references.findAll(Area.class, List.of(areaId));
        if (found.isEmpty()) {
            throw new InvalidInputException(FieldError.of("areaId", "validation.unknownChoice"));
        }
        return found.get(0);
    }

    public RegistrationView view(String token) {
        Registration registration = byToken(token);
        return view(registration, Instant.now());
    }

    /** Cancels through the personal link; a seat that comes free goes to the first on the waiting list. */
    public RegistrationView cancel(String token) {
        Registration found = byToken(token);
        Meeting meeting = meetings.findLocked(found.getMeeting().getId()).orElseThrow();
        Registration registration = byToken(token);
        Instant now = Instant.now();
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return view(registration, now);
        }
        if (!meeting.getEndsAt().isAfter(now)) {
            throw new ConflictException("error.registration.meetingPast");
        }
        boolean heldSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
        registration.cancel(now);
        mails.send(MailKind.REGISTRATION_CANCELLED, registration);
        if (heldSeat) {
            seats.promote(meeting, now);
        }
        LOG.log(Level.INFO, "Registration {0} for meeting {1} cancelled by its registrant", registration.getId(),
                meeting.getId());
        return view(registration, now);
    }

    private Registration byToken(String token) {
        return meetings.registrationByToken(token)
                .orElseThrow(() -> new NotFoundException("error.registration.notFound"));
    }

    private RegistrationView view(Registration registration, Instant now) {
        Meeting meeting = registration.getMeeting();
        long position = registration.getStatus() == RegistrationStatus.WAITING
                ? meetings.waitingPosition(registration)
                : 0;
        boolean mayCancel = registration.getStatus() != RegistrationStatus.CANCELLED
                && meeting.getStatus() != MeetingStatus.GEANNULEERD && meeting.getEndsAt().isAfter(now);
        return new RegistrationView(meeting.getId(), meeting.getTitle(), LeidenTime.local(meeting.getStartsAt()),
                LeidenTime.local(meeting.getEndsAt()), meeting.getLocation(), meeting.statusAt(now),
                registration.getName(), registration.getEmail(), registration.getOrganisation(),
                registration.getKind(), registration.getNeeds(),
                registration.getArea() == null ? null : registration.getArea().getName(), registration.getStatus(),
                position, mayCancel);
    }

    private Meeting published(long id) {
        return meetings.find(id)
                .filter(meeting -> meeting.getStatus() != MeetingStatus.CONCEPT)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    static PublicMeeting view(Meeting meeting, Map<RegistrationStatus, Long> counts, Instant now) {
        long confirmed = counts.getOrDefault(RegistrationStatus.CONFIRMED, 0L);
        long waiting = counts.getOrDefault(RegistrationStatus.WAITING, 0L);
        boolean open = meeting.isRegistrationOpenAt(now);
        String closedReason = null;
        if (!open) {
            if (meeting.getStatus() == MeetingStatus.GEANNULEERD) {
                closedReason = "error.registration.meetingCancelled";
            } else if (meeting.registrationOpensAt() != null && now.isBefore(meeting.registrationOpensAt())) {
                closedReason = "error.registration.notYetOpen";
            } else {
                closedReason = "error.registration.closed";
            }
        }
        List<String> organisers = meeting.getOrganisers()
                .stream()
                .map(Organisation::getName)
                .sorted(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT)))
                .toList();
        return new PublicMeeting(meeting.getId(), meeting.getType(), meeting.getTitle(), meeting.getTopic(),
                meeting.getTheme() == null ? null : meeting.getTheme().getName(), meeting.getDescription(),
                LeidenTime.local(meeting.getStartsAt()), LeidenTime.local(meeting.getEndsAt()),
                meeting.getLocation(), meeting.getAudience(), organisers, meeting.statusAt(now),
                meeting.getCapacity(), Math.max(0, meeting.getCapacity() - confirmed), waiting, open,
                LeidenTime.local(meeting.registrationOpensAt()), LeidenTime.local(meeting.registrationClosesAt()),
                closedReason);
    }
}
