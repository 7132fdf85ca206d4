package nl.leiden.healthysociety.domain.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationType;

class MeetingTest {

    private static final Instant START = Instant.parse("2026-12-10T18:30:00Z");
    private static final Instant END = START.plusSeconds(7200);

    private static Meeting meeting() {
        return new Meeting(MeetingType.KENNISCAFE, "Kenniscafé", START, END, "De StadsKamer", 30,
                List.of(new Organisation("GGD Hollands Midden", OrganisationType.ZORG)),
                START.minusSeconds(86400 * 30));
    }

    @Test
    void aNewMeetingIsAConceptAndNotOpenForRegistration() {
        Meeting meeting = meeting();

        assertEquals(MeetingStatus.CONCEPT, meeting.getStatus());
        assertFalse(meeting.isRegistrationOpenAt(START.minusSeconds(3600)));
    }

    @Test
    void registrationIsOpenFromPublicationUntilTheStartByDefault() {
        Meeting meeting = meeting();
        meeting.publish();

        assertTrue(meeting.isRegistrationOpenAt(START.minusSeconds(60)));
        assertFalse(meeting.isRegistrationOpenAt(START));
        assertEquals(START, meeting.registrationClosesAt());
    }

    @Test
    void aSetRegistrationWindowIsRespectedButNeverRunsPastTheStart() {
        Meeting meeting = meeting();
        meeting.publish();
        Instant opens = START.minusSeconds(86400 * 14);
        meeting.openRegistration(opens, START.plusSeconds(3600));

        assertFalse(meeting.isRegistrationOpenAt(opens.minusSeconds(1)));
        assertTrue(meeting.isRegistrationOpenAt(opens));
        assertEquals(START, meeting.registrationClosesAt());
    }

    @Test
    void aPublishedMeetingThatEndedIsAfgelopenAndACancelledOneStaysCancelled() {
        Meeting meeting = meeting();
        meeting.publish();
        assertEquals(MeetingStatus.GEPUBLICEERD, meeting.statusAt(END.minusSeconds(1)));
        assertEquals(MeetingStatus.AFGELOPEN, meeting.statusAt(END));

        meeting.cancel();
        assertEquals(MeetingStatus.GEANNULEERD, meeting.statusAt(END.plusSeconds(1)));
        assertFalse(meeting.isRegistrationOpenAt(START.minusSeconds(60)));
        assertThrows(IllegalStateException.class, meeting::cancel);
    }

    @Test
    void themeGroupsAreReplacedByNameKeepingTheOnesThatStay() {
        Meeting meeting = meeting();
        meeting.groupInto(List.of("Ontmoeting", " Mobiliteit ", "Groen", "Groen", ""));
        ThemeGroup groen = meeting.getThemeGroups().get(2);

        meeting.groupInto(List.of("Groen", "Spelen"));

        assertEquals(List.of("Groen", "Spelen"), meeting.getThemeGroups().stream().map(ThemeGroup::getName).toList());
        assertTrue(meeting.getThemeGroups().get(0) == groen, "the same group, so its insights stay with it");
    }

    @Test
    void movingIsAChangeOfTimeOrPlace() {
        Meeting meeting = meeting();

        assertFalse(meeting.isMovedBy(START, END, " De StadsKamer "));
        assertTrue(meeting.isMovedBy(START.plusSeconds(1800), END, "De StadsKamer"));
        assertTrue(meeting.isMovedBy(START, END, "Bibliotheek Nieuwstraat"));
    }
}
