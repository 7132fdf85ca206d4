package nl.leiden.healthysociety.it.meeting;

import static nl.leiden.healthysociety.it.support.TestData.meeting;
import static nl.leiden.healthysociety.it.support.TestData.meetingJson;
import static nl.leiden.healthysociety.it.support.TestData.organisationId;
import static nl.leiden.healthysociety.it.support.TestData.publishedMeeting;
import static nl.leiden.healthysociety.it.support.TestData.register;
import static nl.leiden.healthysociety.it.support.TestData.registrationJson;
import static nl.leiden.healthysociety.it.support.TestData.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * The background jobs: the reminder the day before (on its timer, which the test server runs every few seconds,
 * and once only, also when runs overlap as they do on several instances), the e-mail when a meeting is moved or
 * cancelled, and erasing personal data after the retention period.
 */
class MeetingJobsIT extends ServerTest {

    @Test
    void theTimerSendsOneReminderTheDayBeforeToEveryoneWithASeat() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long meetingId = publishedMeetingStartingIn(medewerker, 40, 1);
        String seated = TestMail.address("Herinnerd");
        String waiting = TestMail.address("Wachtend");
        register(anonymous(), meetingId, registrationJson("Herinnerd", seated).build());
        register(anonymous(), meetingId, registrationJson("Wachtend", waiting).build());
        moveToTomorrow(meetingId);

        TestMail.await(seated, "Herinnering", Duration.ofSeconds(60));
        TestMail.sleep(12_000); // two more timer runs
        assertEquals(1, TestMail.count(seated, "Herinnering"));
        assertEquals(0, TestMail.count(waiting, "Herinnering"), "only people with a seat are reminded");
        assertNotNull(TestDatabase.text("select reminders_sent_at from meeting where id = ?", meetingId));
    }

    @Test
    void overlappingRunsSendEachReminderOnce() throws Exception {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        // Not yet due when created, so the timer leaves it alone until the runs below all start at once.
        long meetingId = publishedMeetingStartingIn(medewerker, 40, 5);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = TestMail.address("Gelijktijdig " + i);
            addresses.add(email);
            register(anonymous(), meetingId, registrationJson("Gelijktijdig " + i, email).build());
        }
        moveToTomorrow(meetingId);

        Api beheerder = api(DemoAccount.BEHEERDER);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return beheerder.post("api/beheer/jobs/reminders", null);
                }));
            }
            start.countDown();
            for (Future<Api.Response> run : runs) {
                assertEquals(200, run.get(60, TimeUnit.SECONDS).status());
            }
        } finally {
            pool.shutdownNow();
        }
        for (String email : addresses) {
            TestMail.await(email, "Herinnering");
        }
        TestMail.sleep(8_000);
        for (String email : addresses) {
            assertEquals(1, TestMail.count(email, "Herinnering"), email);
        }
    }

    @Test
    void movingOrCancellingAMeetingTellsEveryoneRegistered() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long meetingId = publishedMeeting(medewerker, uniqueName("Kenniscafé verplaatst"), 1);
        String seated = TestMail.address("Zit");
        String waiting = TestMail.address("Wacht");
        register(anonymous(), meetingId, registrationJson("Zit", seated).build());
        register(anonymous(), meetingId, registrationJson("Wacht", waiting).build());
        JsonObject details = medewerker.get("api/intranet/meetings/" + meetingId).json();

        Api.Response moved = medewerker.put("api/intranet/meetings/" + meetingId, Json.createObjectBuilder()
                .add("version", details.getJsonNumber("version").longValue())
                .add("meeting", Json.createObjectBuilder()
                        .add("type", "KENNISCAFE")
                        .add("title", details.getString("title"))
                        .add("startsAt", details.getString("startsAt"))
                        .add("endsAt", details.getString("endsAt"))
                        .add("location", "Bibliotheek Nieuwstraat")
                        .add("capacity", 1)
                        .add("organiserIds", details.getJsonArray("organiserIds")))
                .build());
        assertEquals(200, moved.status(), moved::toString);
        assertTrue(TestMail.text(TestMail.await(seated, "Gewijzigd")).contains("Bibliotheek Nieuwstraat"));
        TestMail.await(waiting, "Gewijzigd");

        assertEquals(200, medewerker.post("api/intranet/meetings/" + meetingId + "/cancel", null).status());
        assertTrue(TestMail.text(TestMail.await(seated, "Gaat niet door")).contains("geannuleerd"));
        TestMail.await(waiting, "Gaat niet door");
    }

    @Test
    void personalDataIsErasedAfterTheRetentionPeriodAndTheStatisticsRemain() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long old = publishedMeeting(medewerker, uniqueName("Kenniscafé lang geleden"), 10);
        long recent = publishedMeeting(medewerker, uniqueName("Kenniscafé vorig jaar"), 10);
        String oldEmail = TestMail.address("Oud");
        String recentEmail = TestMail.address("Recent");
        register(anonymous(), old, registrationJson("Oud", oldEmail).add("organisation", "Volkshuis").build());
        register(anonymous(), recent, registrationJson("Recent", recentEmail).build());
        TestMail.await(oldEmail, "Aanmelding bevestigd");
        shiftIntoThePast(old, "13 months");
        shiftIntoThePast(recent, "11 months");

        Api.Response run = api(DemoAccount.BEHEERDER).post("api/beheer/jobs/retention", null);

        assertEquals(200, run.status(), run::toString);
        assertNull(TestDatabase.text("select name from registration where meeting_id = ?", old));
        assertNull(TestDatabase.text("select email from registration where meeting_id = ?", old));
        assertNull(TestDatabase.text("select token from registration where meeting_id = ?", old));
        assertEquals(0, TestDatabase.number("select count(*) from mail_message where meeting_id = ?", old));
        assertEquals("Recent", TestDatabase.text("select name from registration where meeting_id = ?", recent));
        JsonObject statistics = medewerker.get("api/intranet/meetings/" + old + "/statistics").json();
        assertEquals(1, statistics.getInt("confirmed"));
        assertEquals(1, statistics.getJsonObject("kinds").getInt("INWONER"));
        assertEquals("Volkshuis", statistics.getJsonArray("organisations").getJsonObject(0).getString("name"));
    }

    @Test
    void onlyABeheerderRunsJobsOnRequest() {
        assertEquals(403, api(DemoAccount.MEDEWERKER).post("api/beheer/jobs/retention", null).status());
        assertEquals(403, api(DemoAccount.PARTNER_GGD).post("api/beheer/jobs/reminders", null).status());
        assertEquals(401, anonymous().post("api/beheer/jobs/mail", null).status());
    }

    private static long publishedMeetingStartingIn(Api medewerker, int hours, int capacity) {
        LocalDateTime start = LocalDateTime.now().plusHours(hours).withNano(0);
        long id = meeting(medewerker, meetingJson(uniqueName("Kenniscafé morgen"), start, capacity,
                organisationId("Gemeente Leiden")).build());
        assertEquals(200, medewerker.post("api/intranet/meetings/" + id + "/publish", null).status());
        return id;
    }

    /** From 40 hours ahead (not due yet) to 15 hours ahead: the reminders are due. */
    private static void moveToTomorrow(long meetingId) {
        TestDatabase.update("update meeting set starts_at = starts_at - interval '25 hours',"
                + " ends_at = ends_at - interval '25 hours' where id = ?", meetingId);
    }

    private static void shiftIntoThePast(long meetingId, String interval) {
        TestDatabase.update("update meeting set starts_at = current_timestamp - interval '" + interval
                + "' - interval '2 hours', ends_at = current_timestamp - interval '" + interval + "' where id = ?",
                meetingId);
    }
}
