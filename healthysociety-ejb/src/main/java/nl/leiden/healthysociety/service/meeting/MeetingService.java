package nl.leiden.healthysociety.service.meeting;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.mail.MailKind;
import nl.leiden.healthysociety.domain.mail.MailStatus;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingRepository;
import nl.leiden.healthysociety.domain.meeting.MeetingStatus;
import nl.leiden.healthysociety.domain.meeting.MeetingType;
import nl.leiden.healthysociety.domain.meeting.Registration;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.reference.ReferenceRepository;
import nl.leiden.healthysociety.domain.reference.Theme;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotAllowedException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.mail.MailOutbox;
import nl.leiden.healthysociety.service.platform.CommandValidator;
import nl.leiden.healthysociety.service.security.Caller;
import nl.leiden.healthysociety.service.security.CallerLookup;

/**
 * Meetings for accounts. Medewerkers and beheerders manage every meeting: create, edit, publish, cancel, and see
 * who registered. A partner drafts meetings that its own organisation organises and edits them while they are
 * concepts; a medewerker publishes them. Partners see published meetings and their own concepts, never the
 * registrants' personal data. Changing the time or place of a published meeting, or cancelling it, e-mails
 * everyone registered; a larger capacity gives the new seats to the waiting list.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
public class MeetingService {

    private static final System.Logger LOG = System.getLogger(MeetingService.class.getName());
    private static final String NOT_FOUND = "error.meeting.notFound";
    private static final String NOT_YOURS = "error.meeting.notYourOrganisation";

    @Inject
    MeetingRepository meetings;

    @Inject
    ReferenceRepository references;

    @Inject
    CommandValidator validator;

    @Inject
    CallerLookup callers;

    @Inject
    Seats seats;

    @Inject
    MeetingMails mails;

    @Inject
    MailOutbox outbox;

    @Resource
    SessionContext session;

    /** Meetings starting in [from, to), soonest first, as far as the caller may see them. */
    public List<MeetingSummary> list(LocalDateTime from, LocalDateTime to) {
        Caller caller = caller();
        Instant now = Instant.now();
        List<Meeting> found = meetings
                .between(from == null ? Instant.EPOCH : LeidenTime.instant(from),
                        to == null ? LeidenTime.FAR_FUTURE : LeidenTime.instant(to), null)
                .stream()
                .filter(meeting -> meeting.getType() != MeetingType.FESTIVALSESSIE)
                .filter(meeting -> maySee(caller, meeting))
                .toList();
        Map<Long, Map<RegistrationStatus, Long>> counts = meetings
                .registrationCounts(found.stream().map(Meeting::getId).toList());
        return found.stream().map(meeting -> {
            Map<RegistrationStatus, Long> count = counts.getOrDefault(meeting.getId(), Map.of());
            return new MeetingSummary(meeting.getId(), meeting.getType(), meeting.getTitle(),
                    LeidenTime.local(meeting.getStartsAt()), LeidenTime.local(meeting.getEndsAt()),
                    meeting.getLocation(), meeting.getCapacity(), count.getOrDefault(RegistrationStatus.CONFIRMED, 0L),
                    count.getOrDefault(RegistrationStatus.WAITING, 0L), meeting.statusAt(now));
        }).toList();
    }

    public MeetingDetails details(long id) {
        Caller caller = caller();
        Meeting meeting = visible(caller, id);
        Map<RegistrationStatus, Long> counts = meetings.registrationCounts(List.of(id)).getOrDefault(id, Map.of());
        Map<MailStatus, Long> mail = outbox.counts(id);
        List<String> organisers = meeting.getOrganisers()
                .stream()
                .map(Organisation::getName)
                .sorted(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT)))
                .toList();
        Set<Long> organiserIds = Set.copyOf(meeting.getOrganisers().stream().map(Organisation::getId).toList());
        return new MeetingDetails(id, meeting.getVersion(), meeting.getType(), meeting.getTitle(), meeting.getTopic(),
                meeting.getTheme() == null ? null : meeting.getTheme().getId(),
                meeting.getTheme() == null ? null : meeting.getTheme().getName(), meeting.getDescription(),
                LeidenTime.local(meeting.getStartsAt()), LeidenTime.local(meeting.getEndsAt()),
                meeting.getLocation(), meeting.getCapacity(), meeting.getAudience(), organiserIds, organisers,
                LeidenTime.local(meeting.getRegistrationOpensAt()),
                LeidenTime.local(meeting.getRegistrationClosesAt()),
                meeting.getThemeGroups()
                        .stream()
                        .map(group -> new MeetingDetails.GroupView(group.getId(), group.getName()))
                        .toList(),
                meeting.statusAt(Instant.now()), counts.getOrDefault(RegistrationStatus.CONFIRMED, 0L),
                counts.getOrDefault(RegistrationStatus.WAITING, 0L),
                counts.getOrDefault(RegistrationStatus.CANCELLED, 0L), mail.get(MailStatus.PENDING),
                mail.get(MailStatus.FAILED), meeting.getMinutes(), mayEdit(caller, meeting),
                caller.actsForEveryone() && meeting.getStatus() == MeetingStatus.CONCEPT && !festival(meeting),
                caller.actsForEveryone() && meeting.getStatus() == MeetingStatus.GEPUBLICEERD && !festival(meeting)
                        && meeting.getEndsAt().isAfter(Instant.now()),
                caller.actsForEveryone());
    }

    public MeetingDetails create(MeetingData data) {
        validator.validate(data);
        refuseFestivalSession(data.type());
        Caller caller = caller();
        List<Organisation> organisers = organisers(caller, data);
        checkTimes(data);
        Meeting meeting = new Meeting(data.type(), data.title(), LeidenTime.instant(data.startsAt()),
                LeidenTime.instant(data.endsAt()), data.location(), data.capacity(), organisers, Instant.now());
        apply(meeting, data, organisers);
        meetings.add(meeting);
        LOG.log(Level.INFO, "Meeting {0} created by account {1}", meeting.getId(), caller.account().getId());
        return details(meeting.getId());
    }

    public MeetingDetails update(long id, long expectedVersion, MeetingData data) {
        validator.validate(data);
        Caller caller = caller();
        Meeting meeting = meetings.findLocked(id)
                .filter(found -> maySee(caller, found))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (!mayEdit(caller, meeting)) {
            throw new NotAllowedException(NOT_YOURS);
        }
        if (meeting.getVersion() != expectedVersion) {
            throw new ConflictException("error.meeting.changedByOther");
        }
        refuseFestivalSession(meeting.getType());
        refuseFestivalSession(data.type());
        List<Organisation> organisers = organisers(caller, data);
        checkTimes(data);
        Instant now = Instant.now();
        long confirmed = meetings.count(meeting, RegistrationStatus.CONFIRMED);
        if (data.capacity() < confirmed) {
            throw new InvalidInputException(FieldError.of("capacity", "validation.meeting.capacityBelowConfirmed"));
        }
        boolean moved = meeting.isMovedBy(LeidenTime.instant(data.startsAt()), LeidenTime.instant(data.endsAt()),
                data.location());
        apply(meeting, data, organisers);
        if (moved && meeting.getStatus() == MeetingStatus.GEPUBLICEERD) {
            mails.sendToAll(MailKind.MEETING_CHANGED, meetings.registrations(meeting));
        }
        seats.promote(meeting, now);
        LOG.log(Level.INFO, "Meeting {0} updated by account {1}", id, caller.account().getId());
        return details(id);
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public MeetingDetails publish(long id) {
        Meeting meeting = meetings.findLocked(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (meeting.getStatus() != MeetingStatus.CONCEPT) {
            throw new ConflictException("error.meeting.notAConcept");
        }
        refuseFestivalSession(meeting.getType());
        meeting.publish();
        LOG.log(Level.INFO, "Meeting {0} published by account {1}", id, caller().account().getId());
        return details(id);
    }

    /** Cancels the meeting and e-mails everyone who had a seat or was waiting for one. */
    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public MeetingDetails cancel(long id) {
        Meeting meeting = meetings.findLocked(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (meeting.getStatus() == MeetingStatus.GEANNULEERD) {
            throw new ConflictException("error.meeting.alreadyCancelled");
        }
        refuseFestivalSession(meeting.getType());
        if (!meeting.getEndsAt().isAfter(Instant.now())) {
            throw new ConflictException("error.meeting.alreadyOver");
        }
        boolean wasPublished = meeting.getStatus() == MeetingStatus.GEPUBLICEERD;
        meeting.cancel();
        if (wasPublished) {
            mails.sendToAll(MailKind.MEETING_CANCELLED, meetings.registrations(meeting));
        }
        LOG.log(Level.INFO, "Meeting {0} cancelled by account {1}", id, caller().account().getId());
        return details(id);
    }

    /** Who registered, in order of registration; medewerkers and beheerders only. */
    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public List<RegistrantRow> registrations(long id) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        List<RegistrantRow> rows = new ArrayList<>();
        long position = 0;
        for (Registration registration : meetings.registrations(meeting)) {
            boolean waiting = registration.getStatus() == RegistrationStatus.WAITING;
            if (waiting) {
                position++;
            }
            rows.add(new RegistrantRow(registration.getId(), registration.getName(), registration.getEmail(),
                    registration.getOrganisation(), registration.getKind(), registration.getNeeds(),
                    registration.getArea() == null ? null : registration.getArea().getName(),
                    registration.getStatus(), waiting ? position : 0, registration.getAttendance(),
                    LeidenTime.local(registration.getRegisteredAt()), registration.isAnonymised()));
        }
        return rows;
    }

    /** Sends the meeting's failed e-mails again; returns how many. */
    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public int retryFailedMail(long id) {
        meetings.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return outbox.retryFailed(id);
    }

    /** A festival session is planned, moved and cancelled through the festival's programme, not here. */
    private static void refuseFestivalSession(MeetingType type) {
        if (type == MeetingType.FESTIVALSESSIE) {
            throw new ConflictException("error.meeting.festivalSession");
        }
    }

    private void apply(Meeting meeting, MeetingData data, List<Organisation> organisers) {
        meeting.retype(data.type());
        meeting.describe(data.title(), data.topic(), theme(data.themeId()), data.description(), data.audience());
        meeting.schedule(LeidenTime.instant(data.startsAt()), LeidenTime.instant(data.endsAt()), data.location());
        meeting.limitTo(data.capacity());
        meeting.organiseBy(organisers);
        meeting.openRegistration(LeidenTime.instant(data.registrationOpensAt()),
                LeidenTime.instant(data.registrationClosesAt()));
        meeting.groupInto(data.themeGroups());
    }

    private static void checkTimes(MeetingData data) {
        if (!data.endsAt().isAfter(data.startsAt())) {
            throw new InvalidInputException(FieldError.of("endsAt", "validation.meeting.endBeforeStart"));
        }
        if (data.registrationOpensAt() != null && data.registrationClosesAt() != null
                && !data.registrationClosesAt().isAfter(data.registrationOpensAt())) {
            throw new InvalidInputException(
                    FieldError.of("registrationClosesAt", "validation.meeting.closesBeforeOpens"));
        }
    }

    /** The organisers; a partner's own organisation must be one of them. */
    private List<Organisation> organisers(Caller caller, MeetingData data) {
        List<Organisation> found = references.findAll(Organisation.class, data.organiserIds());
        if (found.size() != data.organiserIds().size()) {
            throw new InvalidInputException(FieldError.of("organiserIds", "validation.unknownChoice"));
        }
        if (!caller.actsForEveryone() && found.stream().noneMatch(caller::belongsTo)) {
            throw new NotAllowedException(NOT_YOURS);
        }
        return found;
    }

    private Theme theme(Long themeId) {
        if (themeId == null) {
            return null;
        }
        List<Theme> found = references.findAll(Theme.class, List.of(themeId));
        if (found.isEmpty()) {
            throw new InvalidInputException(FieldError.of("themeId", "validation.unknownChoice"));
        }
        return found.get(0);
    }

    private Meeting visible(Caller caller, long id) {
        return meetings.find(id).filter(meeting -> maySee(caller, meeting))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** Everyone sees published meetings; a concept only its own organisers and the Center's staff. */
    static boolean maySee(Caller caller, Meeting meeting) {
        return meeting.getStatus() != MeetingStatus.CONCEPT || caller.actsForEveryone()
                || meeting.getOrganisers().stream().anyMatch(caller::belongsTo);
    }

    private static boolean festival(Meeting meeting) {
        return meeting.getType() == MeetingType.FESTIVALSESSIE;
    }

    static boolean mayEdit(Caller caller, Meeting meeting) {
        if (meeting.getStatus() == MeetingStatus.GEANNULEERD || festival(meeting)) {
            return false;
        }
        return caller.actsForEveryone()
                || meeting.getStatus() == MeetingStatus.CONCEPT
                        && meeting.getOrganisers().stream().anyMatch(caller::belongsTo);
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }
}
