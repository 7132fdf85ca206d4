package nl.leiden.healthysociety.service.festival;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.festival.Edition;
import nl.leiden.healthysociety.domain.festival.FestivalRepository;
import nl.leiden.healthysociety.domain.festival.SessionProposal;
import nl.leiden.healthysociety.domain.festival.Speaker;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingRepository;
import nl.leiden.healthysociety.domain.meeting.MeetingStatus;
import nl.leiden.healthysociety.domain.meeting.Registration;
import nl.leiden.healthysociety.domain.meeting.RegistrationStatus;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.meeting.LeidenTime;
import nl.leiden.healthysociety.service.meeting.MeetingCalendar;

/**
 * The festival for visitors, without an account: the published programme (also as iCalendar), and a visitor's own
 * programme reached through the code in any of their confirmation e-mails. Registering for a session goes through
 * the meetings' registration service, which also keeps one visitor out of two sessions at the same time.
 */
@Stateless
@PermitAll
public class VisitorService {

    private static final String NOT_FOUND = "error.festival.notFound";

    @Inject
    FestivalRepository festivals;

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingCalendar calendar;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    /** The newest published programme. */
    public PublicProgramme latest() {
        return festivals.editions()
                .stream()
                .filter(Edition::isPublished)
                .findFirst()
                .map(edition -> programme(edition.getYear()))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    public PublicProgramme programme(int year) {
        Edition edition = published(year);
        List<SessionProposal> sessions = sessions(edition);
        Map<Long, Map<RegistrationStatus, Long>> counts = meetings
                .registrationCounts(sessions.stream().map(session -> session.getMeeting().getId()).toList());
        Map<LocalDate, List<PublicProgramme.Session>> days = new TreeMap<>();
        for (SessionProposal session : sessions) {
            Meeting meeting = session.getMeeting();
            LocalDateTime start = LeidenTime.local(meeting.getStartsAt());
            long confirmed = counts.getOrDefault(meeting.getId(), Map.of()).getOrDefault(RegistrationStatus.CONFIRMED,
                    0L);
            days.computeIfAbsent(start.toLocalDate(), day -> new ArrayList<>())
                    .add(new PublicProgramme.Session(meeting.getId(), start.toLocalDate(), start.toLocalTime(),
                            LeidenTime.local(meeting.getEndsAt()).toLocalTime(), session.getTitle(),
                            session.getSummary(), session.getFormat(),
                            session.getTheme() == null ? null : session.getTheme().getName(),
                            session.getOrganisation().getName(),
                            session.getSpeakers().stream().map(Speaker::getName).toList(), meeting.getLocation(),
                            session.getRoom() == null ? null : session.getRoom().getAccessibility(),
                            meeting.getCapacity(), Math.max(0, meeting.getCapacity() - confirmed),
                            meeting.getStatus() == MeetingStatus.GEANNULEERD));
        }
        return new PublicProgramme(edition.getYear(), edition.getTheme(), edition.getFirstDay(), edition.getLastDay(),
                days.entrySet()
                        .stream()
                        .map(day -> new PublicProgramme.Day(day.getKey(), day.getValue()
                                .stream()
                                .sorted(Comparator.comparing(PublicProgramme.Session::startsAt)
                                        .thenComparing(PublicProgramme.Session::room))
                                .toList()))
                        .toList());
    }

    /** The whole published programme as iCalendar. */
    public String programmeCalendar(int year) {
        return calendar.feed(sessions(published(year)).stream().map(SessionProposal::getMeeting).toList());
    }

    /** The sessions this visitor holds or waits for in the festival of the registration behind the code. */
    public List<PublicProgramme.Session> myProgramme(String code) {
        return mine(code).stream().map(registration -> {
            Meeting meeting = registration.getMeeting();
            LocalDateTime start = LeidenTime.local(meeting.getStartsAt());
            return new PublicProgramme.Session(meeting.getId(), start.toLocalDate(), start.toLocalTime(),
                    LeidenTime.local(meeting.getEndsAt()).toLocalTime(), meeting.getTitle(), meeting.getDescription(),
                    null, null, null, List.of(), meeting.getLocation(), null, meeting.getCapacity(), 0,
                    meeting.getStatus() == MeetingStatus.GEANNULEERD);
        }).toList();
    }

    public String myProgrammeCalendar(String code) {
        return calendar.feed(mine(code).stream().map(Registration::getMeeting).toList());
    }

    private List<Registration> mine(String code) {
        Registration registration = meetings.registrationByToken(code)
                .orElseThrow(() -> new NotFoundException("error.registration.notFound"));
        Edition edition = editionOf(registration.getMeeting())
                .orElseThrow(() -> new NotFoundException("error.registration.notFound"));
        List<Long> sessionMeetings = sessions(edition).stream().map(session -> session.getMeeting().getId()).toList();
        return meetings.registrationsByEmail(Registration.emailKey(registration.getEmail()))
                .stream()
                .filter(other -> sessionMeetings.contains(other.getMeeting().getId()))
                .filter(other -> other.getStatus() != RegistrationStatus.CANCELLED)
                .sorted(Comparator.comparing((Registration other) -> other.getMeeting().getStartsAt()))
                .toList();
    }

    private Optional<Edition> editionOf(Meeting meeting) {
        return em.createQuery("select p.edition from SessionProposal p where p.meeting = :meeting", Edition.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .findFirst();
    }

    private Edition published(int year) {
        return festivals.editionByYear(year).filter(Edition::isPublished)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** The sessions of the programme that have a meeting (placed at publication or later), in time order. */
    private List<SessionProposal> sessions(Edition edition) {
        return festivals.sessionsWithMeeting(edition)
                .stream()
                .filter(session -> session.isPlaced() || session.getMeeting().getStatus() == MeetingStatus.GEANNULEERD)
                .sorted(Comparator.comparing((SessionProposal session) -> session.getMeeting().getStartsAt()))
                .toList();
    }
}
