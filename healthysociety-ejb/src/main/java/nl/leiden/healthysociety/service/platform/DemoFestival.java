package nl.leiden.healthysociety.service.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.festival.Edition;
import nl.leiden.healthysociety.domain.festival.ProgrammeCheck;
import nl.leiden.healthysociety.domain.festival.ProposalStatus;
import nl.leiden.healthysociety.domain.festival.Room;
import nl.leiden.healthysociety.domain.festival.SessionFormat;
import nl.leiden.healthysociety.domain.festival.SessionProposal;
import nl.leiden.healthysociety.domain.festival.Speaker;
import nl.leiden.healthysociety.domain.festival.TimeSlot;
import nl.leiden.healthysociety.domain.festival.Venue;
import nl.leiden.healthysociety.domain.organisation.OrganisationRepository;
import nl.leiden.healthysociety.domain.reference.Theme;
import nl.leiden.healthysociety.service.festival.SessionMeetings;
import nl.leiden.healthysociety.service.meeting.LeidenTime;

/**
 * The demo Leids Kennisfestival 2026: two venues in the city centre, two days of time slots, and a dozen session
 * proposals from the Center's partners, most of them accepted, a few declined, on reserve or still under review.
 * Speakers' names are illustrative. The accepted sessions are placed and the programme is published.
 */
@ApplicationScoped
public class DemoFestival {

    private record Demo(String organisation, String title, SessionFormat format, int participants, int minutes,
            String speaker, ProposalStatus status, String summary) {
    }

    private static final List<Demo> SESSIONS = List.of(
            new Demo("GGD Hollands Midden", "Wat vertelt de Gezondheidsmonitor over Leiden?", SessionFormat.LEZING, 80,
                    45, "Inge Verhoeven", ProposalStatus.GEACCEPTEERD,
                    "De nieuwste cijfers over gezondheid en leefstijl per wijk, en wat ze betekenen voor beleid."),
            new Demo("Hogeschool Leiden", "Samen bewegen in de wijk", SessionFormat.WORKSHOP, 25, 60, "Ruben Bakker",
                    ProposalStatus.GEACCEPTEERD,
                    "Studenten en buurtsportcoaches laten zien hoe je ouderen in beweging krijgt, en doen het voor."),
            new Demo("LUMC", "Gezond ouder worden: wat weten we?", SessionFormat.LEZING, 100, 45, "Marieke Jansen",
                    ProposalStatus.GEACCEPTEERD,
                    "Onderzoek naar vitaliteit bij ouderen, vertaald naar de Leidse praktijk."),
            new Demo("Universiteit Leiden", "Eenzaamheid onder jongeren", SessionFormat.DEBAT, 60, 60, "Sanne de Groot",
                    ProposalStatus.GEACCEPTEERD,
                    "Onderzoekers, studenten en jongerenwerkers gaan in debat over eenzaamheid en wat helpt."),
            new Demo("mboRijnland", "Gezonde kantine, gezonde student", SessionFormat.PITCH, 40, 30, "Yusuf Demir",
                    ProposalStatus.GEACCEPTEERD, "Studenten pitchen hun plannen voor een gezonder aanbod op school."),
            new Demo("Naturalis Biodiversity Center", "Groen en gezondheid: een rondleiding", SessionFormat.RONDLEIDING,
                    20, 60, "Lotte van Dam", ProposalStatus.GEACCEPTEERD,
                    "Een rondleiding over de invloed van groen en biodiversiteit op ons welzijn."),
            new Demo("TNO", "Data over leefstijl: kansen en grenzen", SessionFormat.LEZING, 50, 45, "Pieter Mulder",
                    ProposalStatus.GEACCEPTEERD,
                    "Wat kun je met data over leefstijl, en waar moet je voorzichtig zijn?"),
            new Demo("Pharos", "Gezondheidsverschillen verkleinen met laaggeletterden", SessionFormat.WORKSHOP, 30, 90,
                    "Fatima El Idrissi", ProposalStatus.GEACCEPTEERD,
                    "Praktische werkvormen om mensen met beperkte gezondheidsvaardigheden te bereiken."),
            new Demo("Incluzio Leiden", "De wijk als huiskamer", SessionFormat.PITCH, 40, 30, "Joost van Leeuwen",
                    ProposalStatus.GEACCEPTEERD,
                    "Buurtinitiatieven vertellen hoe ontmoeting in de wijk tot stand komt."),
            new Demo("Leren met de Stad", "Kennisprojecten op wijkniveau", SessionFormat.WORKSHOP, 25, 60,
                    "Esther Kok", ProposalStatus.RESERVE,
                    "Hoe bewoners, studenten en onderzoekers samen oplossingen zoeken in hun eigen wijk."),
            new Demo("Hortus botanicus Leiden", "Planten die genezen", SessionFormat.RONDLEIDING, 15, 60, "Tim Visser",
                    ProposalStatus.AFGEWEZEN, "Een wandeling langs geneeskrachtige planten."),
            new Demo("Gemeente Leiden", "Het Leids preventieakkoord: een jaar verder", SessionFormat.DEBAT, 80, 60,
                    "Wethouder Zorg en Welzijn", ProposalStatus.IN_BEOORDELING,
                    "Wat heeft het preventieakkoord opgeleverd, en waar moeten we een tandje bij zetten?"));

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SessionMeetings sessionMeetings;

    /** Adds the 2026 edition when there is none; returns how many proposals. */
    int load() {
        if (!em.createQuery("select e from Edition e where e.year = 2026", Edition.class).getResultList().isEmpty()) {
            return 0;
        }
        Instant now = Instant.now();
        LocalDate first = LocalDate.of(2026, 12, 11);
        Edition edition = new Edition(2026, "Samen gezond in Leiden", first, first.plusDays(1),
                LeidenTime.instant(LocalDateTime.of(2026, 6, 1, 9, 0)),
                LeidenTime.instant(LocalDateTime.of(2026, 9, 1, 17, 0)), now);
        em.persist(edition);
        Venue pieterskerk = new Venue(edition, "Pieterskerk", "Pieterskerkhof 1a, Leiden");
        pieterskerk.addRoom("Kerkzaal", 150, "Drempelvrij, ringleiding aanwezig");
        pieterskerk.addRoom("Koorzaal", 40, "Drempelvrij");
        em.persist(pieterskerk);
        Venue stadskamer = new Venue(edition, "De StadsKamer", "Leiden binnenstad");
        stadskamer.addRoom("Huiskamer", 30, "Gelijkvloers");
        em.persist(stadskamer);
        for (LocalDate day : List.of(first, first.plusDays(1))) {
            for (int hour : List.of(10, 11, 13, 14, 15)) {
                em.persist(new TimeSlot(edition, day, LocalTime.of(hour, 0),
                        LocalTime.of(hour, 0).plusMinutes(hour == 13 ? 90 : 60)));
            }
        }
        List<Room> rooms = new ArrayList<>(pieterskerk.getRooms());
        rooms.addAll(stadskamer.getRooms());
        List<TimeSlot> slots = em.createQuery("select s from TimeSlot s where s.edition = :edition"
                + " order by s.day, s.startsAt", TimeSlot.class)
                .setParameter("edition", edition)
                .getResultList();
        List<SessionProposal> accepted = new ArrayList<>();
        Theme health = em.createQuery("select t from Theme t where t.code = 'GEZONDHEID_WELZIJN'", Theme.class)
                .getSingleResult();
        for (Demo demo : SESSIONS) {
            SessionProposal proposal = new SessionProposal(edition,
                    organisations.findByName(demo.organisation()).orElseThrow(), null,
                    LeidenTime.instant(LocalDateTime.of(2026, 8, 15, 12, 0)));
            proposal.describe(demo.title(), demo.summary(), demo.format(), null, demo.participants(), demo.minutes(),
                    null, List.of(new Speaker(demo.speaker(), null)));
            proposal.contact(demo.speaker(), "festival@example.org");
            proposal.classify(health);
            if (demo.status() == ProposalStatus.IN_BEOORDELING) {
                proposal.startReview();
            } else {
                proposal.decide(demo.status(), null, now);
            }
            em.persist(proposal);
            if (demo.status() == ProposalStatus.GEACCEPTEERD) {
                accepted.add(proposal);
            }
        }
        publishProgramme(edition, accepted, rooms, slots, now);
        return SESSIONS.size();
    }

    /**
     * Places each accepted session in the first free room and slot that fit it, and publishes the programme when
     * that left no conflicts (the programme check decides, as it does for people).
     */
    private void publishProgramme(Edition edition, List<SessionProposal> sessions, List<Room> rooms,
            List<TimeSlot> slots, Instant now) {
        List<SessionProposal> placed = new ArrayList<>();
        for (SessionProposal session : sessions) {
            for (TimeSlot slot : slots) {
                Room room = rooms.stream()
                        .filter(candidate -> candidate.getCapacity() >= session.getExpectedParticipants())
                        .filter(candidate -> slot.length().toMinutes() >= session.getDurationMinutes())
                        .filter(candidate -> placed.stream()
                                .noneMatch(other -> other.getRoom() == candidate && other.getSlot().overlaps(slot)))
                        .findFirst()
                        .orElse(null);
                if (room != null) {
                    session.place(room, slot);
                    placed.add(session);
                    break;
                }
            }
        }
        if (ProgrammeCheck.conflicts(sessions).isEmpty()) {
            sessions.stream().filter(SessionProposal::isPlaced)
                    .forEach(session -> sessionMeetings.follow(session, now));
            edition.publish(now);
        }
    }
}
