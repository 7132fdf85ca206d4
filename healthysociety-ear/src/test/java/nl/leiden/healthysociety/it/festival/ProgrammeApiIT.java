package nl.leiden.healthysociety.it.festival;

import static nl.leiden.healthysociety.it.support.FestivalData.accept;
import static nl.leiden.healthysociety.it.support.FestivalData.firstDay;
import static nl.leiden.healthysociety.it.support.FestivalData.openEdition;
import static nl.leiden.healthysociety.it.support.FestivalData.place;
import static nl.leiden.healthysociety.it.support.FestivalData.proposal;
import static nl.leiden.healthysociety.it.support.FestivalData.room;
import static nl.leiden.healthysociety.it.support.FestivalData.slot;
import static nl.leiden.healthysociety.it.support.FestivalData.submit;
import static nl.leiden.healthysociety.it.support.FestivalData.venue;
import static nl.leiden.healthysociety.it.support.TestData.register;
import static nl.leiden.healthysociety.it.support.TestData.registrationJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * The programme: every conflict rule is shown and blocks publishing until it is solved; publishing opens the
 * sessions for registration; moving or dropping a session afterwards tells its registered visitors.
 */
class ProgrammeApiIT extends ServerTest {

    private Api medewerker;
    private Api ggd;
    private long edition;
    private long small;
    private long large;
    private long morning;
    private long overlapping;
    private long afternoon;

    @BeforeEach
    void setUpEdition() {
        medewerker = api(DemoAccount.MEDEWERKER);
        ggd = api(DemoAccount.PARTNER_GGD);
        edition = openEdition(medewerker);
        long venue = venue(medewerker, edition, "Pieterskerk");
        small = room(medewerker, venue, "Koorzaal", 40);
        large = room(medewerker, venue, "Kerkzaal", 150);
        LocalDate day = firstDay(medewerker, edition);
        morning = slot(medewerker, edition, day, "10:00", "11:00");
        overlapping = slot(medewerker, edition, day, "10:30", "11:30");
        afternoon = slot(medewerker, edition, day, "14:00", "15:00");
    }

    private long accepted(String title, String... speakers) {
        long id = submit(ggd, edition, proposal(title, "GGD Hollands Midden", TestMail.address("GGD"), speakers));
        accept(medewerker, id);
        return id;
    }

    private long accepted(String title, int participants, int minutes) {
        long id = submit(ggd, edition, proposal(title, "GGD Hollands Midden", TestMail.address("GGD"))
                .add("expectedParticipants", participants)
                .add("durationMinutes", minutes));
        accept(medewerker, id);
        return id;
    }

    @Test
    void aRoomDoubleBookedBlocksPublishingUntilOneSessionMoves() {
        long first = accepted("Eenzaamheid", "Spreker Een");
        long second = accepted("Voeding", "Spreker Twee");
        place(medewerker, first, small, morning);
        JsonObject programme = place(medewerker, second, small, overlapping).json();

        assertConflicts(programme, "ROOM_DOUBLE_BOOKED");
        assertEquals(409, medewerker.post(publish(), null).status());
        place(medewerker, second, large, overlapping);
        assertEquals(200, medewerker.post(publish(), null).status());
    }

    @Test
    void aSpeakerInTwoPlacesAtOnceBlocksPublishing() {
        long first = accepted("Eenzaamheid", "Anna de Wit");
        long second = accepted("Voeding", "anna de wit");
        place(medewerker, first, small, morning);
        JsonObject programme = place(medewerker, second, large, overlapping).json();

        assertConflicts(programme, "SPEAKER_IN_TWO_PLACES");
        Api.Response refused = medewerker.post(publish(), null);
        assertEquals(409, refused.status());
        assertEquals("Het programma heeft nog 1 conflict(en); los die eerst op.", refused.json().getString("detail"));
        place(medewerker, second, large, afternoon);
        assertEquals(200, medewerker.post(publish(), null).status());
    }

    @Test
    void aSessionLongerThanItsSlotOrTooBigForItsRoomBlocksPublishing() {
        long tooLong = accepted("Lange workshop", 20, 90);
        long tooBig = accepted("Groot debat", 80, 60);
        place(medewerker, tooLong, large, morning);
        JsonObject programme = place(medewerker, tooBig, small, afternoon).json();

        assertConflicts(programme, "SESSION_LONGER_THAN_SLOT", "ROOM_TOO_SMALL");
        assertEquals(409, medewerker.post(publish(), null).status());
        assertFalse(medewerker.get("api/intranet/festival/editions/" + edition).json().getBoolean("published"));
    }

    @Test
    void publishingOpensRegistrationAndLaterChangesReachTheVisitors() {
        long session = accepted("Gezond ouder worden", "Spreker Drie");
        place(medewerker, session, small, morning);
        JsonObject published = medewerker.post(publish(), null).json();
        assertTrue(published.getBoolean("published"));
        long meeting = published.getJsonArray("placed").getJsonObject(0).getJsonNumber("meetingId").longValue();
        String visitor = TestMail.address("Bezoeker");
        assertEquals(201, register(anonymous(), meeting, registrationJson("Bezoeker", visitor).build()).status());
        assertEquals(40, anonymous().get("api/meetings/" + meeting).json().getInt("capacity"),
                "the room's capacity is the session's");

        place(medewerker, session, large, afternoon);
        String moved = TestMail.text(TestMail.await(visitor, "Gewijzigd"));
        assertTrue(moved.contains("Pieterskerk, Kerkzaal"), moved);
        assertTrue(moved.contains("14:00"), moved);

        place(medewerker, session, null, null);
        TestMail.await(visitor, "Gaat niet door");
        assertEquals("GEANNULEERD", anonymous().get("api/meetings/" + meeting).json().getString("status"));
    }

    @Test
    void onlyAcceptedSessionsArePlacedAndOnlyStaffPlaceThem() {
        long open = submit(ggd, edition, proposal("Nog niet besloten", "GGD Hollands Midden", TestMail.address("GGD")));
        long session = accepted("Geaccepteerd", "Spreker Vier");

        assertEquals(409, place(medewerker, open, small, morning).status());
        assertEquals(403, place(ggd, session, small, morning).status());
        assertEquals(200, ggd.get("api/intranet/festival/editions/" + edition + "/programme").status(),
                "partners may look at the programme");
        assertEquals(400, medewerker.put("api/intranet/festival/proposals/" + session + "/placement",
                Json.createObjectBuilder().add("roomId", small).build()).status(), "a room without a slot");
    }

    @Test
    void aVisitorNeverHoldsTwoSessionsAtTheSameTimeAlsoWhenRegisteringForBothAtOnce() throws Exception {
        long first = accepted("Sessie om tien uur", "Spreker Vijf");
        long second = accepted("Sessie om half elf", "Spreker Zes");
        long later = accepted("Sessie 's middags", "Spreker Zeven");
        place(medewerker, first, small, morning);
        place(medewerker, second, large, overlapping);
        place(medewerker, later, small, afternoon);
        JsonObject programme = medewerker.post(publish(), null).json();
        long firstMeeting = meetingOf(programme, first);
        long secondMeeting = meetingOf(programme, second);
        long laterMeeting = meetingOf(programme, later);

        String visitor = TestMail.address("Dubbel");
        assertEquals(201, register(anonymous(), firstMeeting, registrationJson("Dubbel", visitor).build()).status());
        Api.Response clash = register(anonymous(), secondMeeting, registrationJson("Dubbel", visitor).build());
        assertEquals(400, clash.status(), clash::toString);
        assertTrue(
                clash.fieldErrors().get("email").contains("al aangemeld voor een andere sessie op hetzelfde moment"));
        assertEquals(201, register(anonymous(), laterMeeting, registrationJson("Dubbel", visitor).build()).status(),
                "a session later that day is fine");

        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<String> visitors = new ArrayList<>();
            List<Future<Api.Response>> attempts = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 10; i++) {
                String email = TestMail.address("Tegelijk " + i);
                visitors.add(email);
                for (long meeting : List.of(firstMeeting, secondMeeting)) {
                    attempts.add(pool.submit(() -> {
                        start.await();
                        return register(anonymous(), meeting, registrationJson("Tegelijk", email).build());
                    }));
                }
            }
            start.countDown();
            for (Future<Api.Response> attempt : attempts) {
                int status = attempt.get(60, TimeUnit.SECONDS).status();
                assertTrue(status == 201 || status == 400, "status " + status);
            }
            for (String email : visitors) {
                assertEquals(1, TestDatabase.number("select count(*) from registration where email_key = ?"
                        + " and status in ('CONFIRMED', 'WAITING') and meeting_id in (?, ?)", email, firstMeeting,
                        secondMeeting), email);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSessionNeverTakesMoreVisitorsThanItsRoomHoldsAlsoWhenManyRegisterAtOnce() throws Exception {
        long venue = venue(medewerker, edition, "Klein zaaltje");
        long tiny = room(medewerker, venue, "Spreekkamer", 10);
        long session = submit(ggd, edition, proposal("Kleine sessie", "GGD Hollands Midden", TestMail.address("GGD"))
                .add("expectedParticipants", 10));
        accept(medewerker, session);
        place(medewerker, session, tiny, afternoon);
        long meeting = meetingOf(medewerker.post(publish(), null).json(), session);

        ExecutorService pool = Executors.newFixedThreadPool(25);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> attempts = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                String email = TestMail.address("Bezoeker " + i);
                attempts.add(pool.submit(() -> {
                    start.await();
                    return register(anonymous(), meeting, registrationJson("Bezoeker", email).build());
                }));
            }
            start.countDown();
            for (Future<Api.Response> attempt : attempts) {
                assertEquals(201, attempt.get(60, TimeUnit.SECONDS).status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(10,
                TestDatabase.number("select count(*) from registration where meeting_id = ? and status = 'CONFIRMED'",
                        meeting));
        assertEquals(15,
                TestDatabase.number("select count(*) from registration where meeting_id = ? and status = 'WAITING'",
                        meeting));
    }

    private static long meetingOf(JsonObject programme, long proposal) {
        return programme.getJsonArray("placed")
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(card -> card.getJsonNumber("proposalId").longValue() == proposal)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("meetingId")
                .longValue();
    }

    private String publish() {
        return "api/intranet/festival/editions/" + edition + "/publish";
    }

    private static void assertConflicts(JsonObject programme, String... kinds) {
        assertTrue(programme.containsKey("conflicts"), programme::toString);
        List<String> found = programme.getJsonArray("conflicts")
                .stream()
                .map(JsonValue::asJsonObject)
                .map(conflict -> conflict.getString("kind"))
                .sorted()
                .toList();
        assertEquals(Arrays.stream(kinds).sorted().toList(), found, programme::toString);
    }
}
