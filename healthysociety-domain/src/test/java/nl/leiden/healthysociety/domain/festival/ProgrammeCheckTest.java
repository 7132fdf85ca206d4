package nl.leiden.healthysociety.domain.festival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationType;

class ProgrammeCheckTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 3);
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final Edition edition = new Edition(2026, "Gezond samenleven", DAY, DAY.plusDays(1),
            NOW.minusSeconds(86400), NOW.plusSeconds(86400 * 30), NOW);
    private final Venue venue = new Venue(edition, "Pieterskerk", "Pieterskerkhof 1a");
    private final Room koorzaal = venue.addRoom("Koorzaal", 40, "Drempelvrij");
    private final Room kapel = venue.addRoom("Kapel", 120, null);
    private final TimeSlot morning = new TimeSlot(edition, DAY, LocalTime.of(10, 0), LocalTime.of(11, 0));
    private final TimeSlot overlapping = new TimeSlot(edition, DAY, LocalTime.of(10, 30), LocalTime.of(11, 30));
    private final TimeSlot afternoon = new TimeSlot(edition, DAY, LocalTime.of(14, 0), LocalTime.of(15, 0));
    private final TimeSlot nextDay = new TimeSlot(edition, DAY.plusDays(1), LocalTime.of(10, 0), LocalTime.of(11, 0));
    private final Organisation ggd = new Organisation("GGD Hollands Midden", OrganisationType.ZORG);

    private SessionProposal session(String title, int participants, int minutes, String... speakers) {
        SessionProposal session = new SessionProposal(edition, ggd, null, NOW);
        session.describe(title, "Over " + title, SessionFormat.LEZING, null, participants, minutes, null,
                Arrays.stream(speakers).map(name -> new Speaker(name, null)).toList());
        session.decide(ProposalStatus.GEACCEPTEERD, null, NOW);
        return session;
    }

    @Test
    void aGoodProgrammeHasNoConflicts() {
        SessionProposal a = session("Eenzaamheid", 30, 60, "Anna de Wit");
        SessionProposal b = session("Bewegen", 100, 45, "Anna de Wit");
        a.place(koorzaal, morning);
        b.place(kapel, afternoon);

        assertEquals(List.of(), ProgrammeCheck.conflicts(List.of(a, b)));
    }

    @Test
    void aRoomUsedTwiceAtTheSameTimeIsAConflict() {
        SessionProposal a = session("Eenzaamheid", 30, 60);
        SessionProposal b = session("Voeding", 30, 60);
        a.place(koorzaal, morning);
        b.place(koorzaal, overlapping);

        List<ProgrammeConflict> conflicts = ProgrammeCheck.conflicts(List.of(a, b));

        assertEquals(1, conflicts.size());
        assertEquals(ConflictKind.ROOM_DOUBLE_BOOKED, conflicts.get(0).kind());
        assertEquals("Pieterskerk, Koorzaal", conflicts.get(0).subject());
    }

    @Test
    void aSpeakerInTwoPlacesAtOnceIsAConflictWhateverTheCase() {
        SessionProposal a = session("Eenzaamheid", 30, 60, "Anna de Wit");
        SessionProposal b = session("Voeding", 30, 60, "ANNA DE WIT", "Bram Smit");
        a.place(koorzaal, morning);
        b.place(kapel, overlapping);

        List<ProgrammeConflict> conflicts = ProgrammeCheck.conflicts(List.of(a, b));

        assertEquals(1, conflicts.size());
        assertEquals(ConflictKind.SPEAKER_IN_TWO_PLACES, conflicts.get(0).kind());
    }

    @Test
    void theSameSlotOnAnotherDayIsNoConflict() {
        SessionProposal a = session("Eenzaamheid", 30, 60, "Anna de Wit");
        SessionProposal b = session("Voeding", 30, 60, "Anna de Wit");
        a.place(koorzaal, morning);
        b.place(koorzaal, nextDay);

        assertEquals(List.of(), ProgrammeCheck.conflicts(List.of(a, b)));
    }

    @Test
    void aSessionLongerThanItsSlotOrTooBigForItsRoomIsAConflict() {
        SessionProposal tooLong = session("Workshop", 20, 90);
        SessionProposal tooBig = session("Debat", 80, 60);
        tooLong.place(kapel, morning);
        tooBig.place(koorzaal, afternoon);

        List<ConflictKind> kinds = ProgrammeCheck.conflicts(List.of(tooLong, tooBig))
                .stream()
                .map(ProgrammeConflict::kind)
                .toList();

        assertEquals(List.of(ConflictKind.SESSION_LONGER_THAN_SLOT, ConflictKind.ROOM_TOO_SMALL), kinds);
    }

    @Test
    void onlyAcceptedSessionsArePlacedAndUnplacedOnesDoNotCount() {
        SessionProposal declined = session("Afgewezen", 30, 60);
        declined.decide(ProposalStatus.AFGEWEZEN, "Past niet in het thema", NOW);

        assertThrows(IllegalStateException.class, () -> declined.place(koorzaal, morning));
        assertTrue(ProgrammeCheck.conflicts(List.of(declined, session("Los", 500, 500))).isEmpty());
    }
}
