package nl.leiden.healthysociety.it.meeting;

import static nl.leiden.healthysociety.it.support.TestData.publishedMeeting;
import static nl.leiden.healthysociety.it.support.TestData.register;
import static nl.leiden.healthysociety.it.support.TestData.registrationJson;
import static nl.leiden.healthysociety.it.support.TestData.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * Capacity holds when many people register at the same moment: 100 registrations released together at a 50-seat
 * meeting on PostgreSQL give exactly 50 seats and 50 places on the waiting list, numbered 1 to 50. A control shows
 * that the check used here does catch an overbooked meeting.
 */
class CapacityUnderLoadIT extends ServerTest {

    private static final int SEATS = 50;
    private static final int PEOPLE = 100;

    @Test
    void concurrentRegistrationsNeverOverbook() throws Exception {
        long meetingId = publishedMeeting(api(DemoAccount.MEDEWERKER), uniqueName("Kenniscafé druk"), SEATS);
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < PEOPLE; i++) {
                String name = "Deelnemer " + i;
                String email = TestMail.address(name);
                responses.add(pool.submit(() -> {
                    start.await();
                    return register(anonymous(), meetingId, registrationJson(name, email).build());
                }));
            }
            start.countDown();
            int confirmed = 0;
            List<Integer> positions = new ArrayList<>();
            for (Future<Api.Response> future : responses) {
                Api.Response response = future.get(120, TimeUnit.SECONDS);
                assertEquals(201, response.status(), response::toString);
                JsonObject outcome = response.json();
                if ("CONFIRMED".equals(outcome.getString("status"))) {
                    confirmed++;
                } else {
                    positions.add(outcome.getInt("position"));
                }
            }
            assertEquals(SEATS, confirmed, "seats the registrants were told they have");
            assertEquals(PEOPLE - SEATS, positions.size());
            assertEquals(PEOPLE - SEATS, positions.stream().distinct().count(), "every waiting place is unique");
            assertTrue(positions.stream().allMatch(position -> position >= 1 && position <= PEOPLE - SEATS));
        } finally {
            pool.shutdownNow();
        }
        assertNotOverbooked(meetingId, SEATS);
        assertEquals(PEOPLE - SEATS, RegistrationApiIT.seats(meetingId, "WAITING"));
        JsonObject publicView = anonymous().get("api/meetings/" + meetingId).json();
        assertEquals(0, publicView.getInt("seatsLeft"));
        assertEquals(PEOPLE - SEATS, publicView.getInt("waiting"));
    }

    @Test
    void controlTheCheckCatchesAnOverbookedMeeting() {
        long meetingId = publishedMeeting(api(DemoAccount.MEDEWERKER), uniqueName("Kenniscafé overboekt"), 2);
        for (int i = 0; i < 3; i++) {
            // Written past the application, as a broken registration would: three seats on a two-seat meeting.
            TestDatabase.update("insert into registration (version, meeting_id, status, name, email, email_key, kind,"
                    + " language, consent_version, token, registered_at) values (0, ?, 'CONFIRMED', ?, ?, ?, 'INWONER',"
                    + " 'nl', 1, ?, current_timestamp)", meetingId, "Overboekt " + i, "o" + i + "@example.org",
                    "o" + i + "-" + meetingId + "@example.org", "control-" + meetingId + "-" + i);
        }

        assertThrows(AssertionFailedError.class, () -> assertNotOverbooked(meetingId, 2));
    }

    /** Fails when the meeting has more confirmed registrations than seats, in the database or in the public view. */
    private void assertNotOverbooked(long meetingId, int seats) {
        long confirmed = RegistrationApiIT.seats(meetingId, "CONFIRMED");
        assertTrue(confirmed <= seats, confirmed + " confirmed registrations for " + seats + " seats");
        assertEquals(seats, confirmed, "every seat taken");
    }
}
