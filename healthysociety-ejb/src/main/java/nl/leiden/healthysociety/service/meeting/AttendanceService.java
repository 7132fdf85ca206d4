package nl.leiden.healthysociety.service.meeting;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;

import java.lang.System.Logger.Level;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.meeting.Attendance;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingRepository;
import nl.leiden.healthysociety.domain.meeting.RegistrantKind;
import nl.leiden.healthysociety.domain.meeting.Registration;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.exchange.PdfDocument;

/**
 * Checking people in at the door, the printable attendance list, and the statistics of a meeting. For the Center's
 * staff: the lists hold personal data.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER})
public class AttendanceService {

    private static final System.Logger LOG = System.getLogger(AttendanceService.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm",
            Locale.forLanguageTag("nl"));
    private static final float[] COLUMNS = {0.05f, 0.3f, 0.3f, 0.13f, 0.1f, 0.12f};

    @Inject
    MeetingRepository meetings;

    /** Present, no-show, or (null) not recorded yet, for a registration that holds a seat. */
    public void record(long meetingId, long registrationId, Attendance attendance) {
        Registration registration = meetings.findRegistration(registrationId)
                .filter(found -> found.getMeeting().getId() == meetingId)
                .orElseThrow(() -> new NotFoundException("error.registration.notFound"));
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new ConflictException("error.attendance.notConfirmed");
        }
        registration.record(attendance);
        LOG.log(Level.INFO, "Attendance of registration {0} recorded: {1}", registrationId, attendance);
    }

    public MeetingStatistics statistics(long meetingId) {
        List<Registration> registrations = meetings.registrations(meeting(meetingId));
        Map<RegistrationStatus, Long> byStatus = count(registrations, Registration::getStatus);
        List<Registration> seated = registrations.stream()
                .filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED)
                .toList();
        Map<RegistrantKind, Long> kinds = new EnumMap<>(RegistrantKind.class);
        for (RegistrantKind kind : RegistrantKind.values()) {
            kinds.put(kind, seated.stream().filter(registration -> registration.getKind() == kind).count());
        }
        long present = seated.stream().filter(registration -> registration.getAttendance() == Attendance.PRESENT)
                .count();
        long noShow = seated.stream().filter(registration -> registration.getAttendance() == Attendance.NO_SHOW)
                .count();
        return new MeetingStatistics(byStatus.getOrDefault(RegistrationStatus.CONFIRMED, 0L),
                byStatus.getOrDefault(RegistrationStatus.WAITING, 0L),
                byStatus.getOrDefault(RegistrationStatus.CANCELLED, 0L), present, noShow,
                seated.size() - present - noShow, kinds,
                counts(seated.stream().map(Registration::getOrganisation).toList()),
                counts(seated.stream()
                        .filter(registration -> registration.getKind() == RegistrantKind.INWONER)
                        .map(registration -> registration.getArea() == null ? null : registration.getArea().getName())
                        .toList()));
    }

    /** The list to sign at the door: everyone with a seat, by name, with room to tick and sign. */
    public byte[] attendanceList(long meetingId) {
        Meeting meeting = meeting(meetingId);
        List<Registration> seated = meetings.registrations(meeting)
                .stream()
                .filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED)
                .sorted(Comparator.comparing((Registration registration) -> Texts.searchKey(registration.getName())))
                .toList();
        PdfDocument pdf = new PdfDocument().title("Presentielijst: " + meeting.getTitle())
                .paragraph(WHEN.format(LeidenTime.local(meeting.getStartsAt())) + ", " + meeting.getLocation())
                .paragraph(seated.size() + " aanmeldingen met een plaats")
                .space(10)
                .row(COLUMNS, List.of("Nr", "Naam", "Organisatie", "Soort", "Aanwezig", "Paraaf"), true);
        int number = 1;
        for (Registration registration : seated) {
            pdf.row(COLUMNS, List.of(Integer.toString(number++),
                    registration.getName() == null ? "(gegevens verwijderd)" : registration.getName(),
                    Objects.requireNonNullElse(registration.getOrganisation(), ""), kind(registration.getKind()),
                    registration.getAttendance() == Attendance.PRESENT ? "[ X ]" : "[   ]", ""), false);
        }
        return pdf.toBytes();
    }

    private static String kind(RegistrantKind kind) {
        return switch (kind) {
            case INWONER -> "inwoner";
            case PROFESSIONAL -> "professional";
            case STUDENT -> "student";
        };
    }

    private Meeting meeting(long id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("error.meeting.notFound"));
    }

    private static <K> Map<K, Long> count(List<Registration> registrations, Function<Registration, K> key) {
        return registrations.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    /** Names counted case- and accent-insensitively, most frequent first; blanks left out. */
    static List<MeetingStatistics.Count> counts(List<String> names) {
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : names) {
            String trimmed = Texts.trimToNull(name);
            if (trimmed != null) {
                String key = Texts.searchKey(trimmed);
                firstSpelling.putIfAbsent(key, trimmed);
                counts.merge(key, 1L, Long::sum);
            }
        }
        return counts.entrySet()
                .stream()
                .map(entry -> new MeetingStatistics.Count(firstSpelling.get(entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparingLong(MeetingStatistics.Count::count)
                        .reversed()
                        .thenComparing(count -> Texts.searchKey(count.name())))
                .toList();
    }
}
