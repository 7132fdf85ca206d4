package nl.leiden.healthysociety.it.meeting;

import static nl.leiden.healthysociety.it.support.TestData.meeting;
import static nl.leiden.healthysociety.it.support.TestData.meetingJson;
import static nl.leiden.healthysociety.it.support.TestData.organisationId;
import static nl.leiden.healthysociety.it.support.TestData.publishedMeeting;
import static nl.leiden.healthysociety.it.support.TestData.register;
import static nl.leiden.healthysociety.it.support.TestData.registrationJson;
import static nl.leiden.healthysociety.it.support.TestData.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * Registering for a meeting without an account, through the public API, with the mail read from the test's SMTP
 * server: confirmation with a personal link, cancelling through that link, the waiting list and promotion from it,
 * and the refusals a person can run into.
 */
class RegistrationApiIT extends ServerTest {

    @Test
    void registrationAndCancellationGoThroughTheEmailedLink() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long meetingId = publishedMeeting(medewerker, uniqueName("Kenniscafé aanmelden"), 10);
        String email = TestMail.address("Fatima Bakker");

        Api.Response registered = register(anonymous(), meetingId,
                registrationJson("Fatima Bakker", email).add("organisation", "Buurthuis De Kooi").build());
        assertEquals(201, registered.status(), registered::toString);
        assertEquals("CONFIRMED", registered.json().getString("status"));

        MimeMessage confirmation = TestMail.await(email, "Aanmelding bevestigd");
        String text = TestMail.text(confirmation);
        assertTrue(text.contains("Beste Fatima Bakker"), text);
        assertTrue(text.contains("De StadsKamer"), text);
        String code = TestMail.registrationCode(confirmation);
        assertTrue(code.length() >= 40, "an unguessable code: " + code);

        JsonObject view = anonymous().get("api/meetings/registrations/" + code).json();
        assertEquals("CONFIRMED", view.getString("status"));
        assertEquals("Buurthuis De Kooi", view.getString("organisation"));
        assertTrue(view.getBoolean("mayCancel"));

        Api.Response cancelled = anonymous().post("api/meetings/registrations/" + code + "/cancel", null);
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertFalse(cancelled.json().getBoolean("mayCancel"));
        TestMail.await(email, "Aanmelding geannuleerd");
        assertEquals(0, seats(meetingId, "CONFIRMED"));

        Api.Response guessed = anonymous().get("api/meetings/registrations/" + code.substring(1) + "x");
        assertEquals(404, guessed.status(), guessed::toString);
    }

    @Test
    void registeringTwiceWithTheSameEmailGivesAClearMessageNotASecondSeat() {
        long meetingId = publishedMeeting(api(DemoAccount.MEDEWERKER), uniqueName("Kenniscafé dubbel"), 10);
        String email = TestMail.address("Jan de Vries");
        assertEquals(201, register(anonymous(), meetingId, registrationJson("Jan de Vries", email).build()).status());

        Api.Response again = register(anonymous(), meetingId,
                registrationJson("J. de Vries", "  " + email.toUpperCase() + " ").build());

        assertEquals(400, again.status(), again::toString);
        assertTrue(again.fieldErrors().get("email").contains("al iemand aangemeld"), again::toString);
        assertEquals(1, TestDatabase.number("select count(*) from registration where meeting_id = ?", meetingId));
    }

    @Test
    void aPersonWhoCancelledMayRegisterAgain() {
        long meetingId = publishedMeeting(api(DemoAccount.MEDEWERKER), uniqueName("Kenniscafé opnieuw"), 10);
        String email = TestMail.address("Noor");
        register(anonymous(), meetingId, registrationJson("Noor", email).build());
        String code = TestMail.registrationCode(TestMail.await(email, "Aanmelding bevestigd"));
        anonymous().post("api/meetings/registrations/" + code + "/cancel", null);

        Api.Response again = register(anonymous(), meetingId, registrationJson("Noor", email).build());

        assertEquals(201, again.status(), again::toString);
        assertEquals("CONFIRMED", again.json().getString("status"));
        assertEquals(404, anonymous().get("api/meetings/registrations/" + code).status(),
                "the old link no longer works");
    }

    @Test
    void registrationAfterCloseOrForACancelledMeetingIsRefusedWithAClearMessage() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        LocalDateTime start = LocalDateTime.now().plusDays(3).withNano(0);
        long closed = meeting(medewerker,
                meetingJson(uniqueName("Gesloten"), start, 10, organisationId("Gemeente Leiden"))
                        .add("registrationOpensAt", start.minusDays(20).toString())
                        .add("registrationClosesAt", LocalDateTime.now().minusHours(1).withNano(0).toString())
                        .build());
        medewerker.post("api/intranet/meetings/" + closed + "/publish", null);
        long cancelled = publishedMeeting(medewerker, uniqueName("Geannuleerd"), 10);
        assertEquals(200, medewerker.post("api/intranet/meetings/" + cancelled + "/cancel", null).status());

        Api.Response afterClose = register(anonymous(), closed,
                registrationJson("Ans", TestMail.address("Ans")).build());
        Api.Response onCancelled = register(anonymous(), cancelled,
                registrationJson("Ans", TestMail.address("Ans")).build());

        assertEquals(409, afterClose.status(), afterClose::toString);
        assertEquals("De aanmelding voor deze bijeenkomst is gesloten.", afterClose.json().getString("detail"));
        assertEquals(409, onCancelled.status(), onCancelled::toString);
        assertEquals("Deze bijeenkomst is geannuleerd; aanmelden kan niet meer.",
                onCancelled.json().getString("detail"));
        assertEquals(0, TestDatabase.number("select count(*) from registration where meeting_id in (?, ?)", closed,
                cancelled));
    }

    @Test
    void aConceptIsNotThereForThePublic() {
        long concept = meeting(api(DemoAccount.MEDEWERKER), meetingJson(uniqueName("Concept"),
                LocalDateTime.now().plusDays(9).withNano(0), 10, organisationId("Gemeente Leiden")).build());

        assertEquals(404, anonymous().get("api/meetings/" + concept).status());
        assertEquals(404, register(anonymous(), concept, registrationJson("Piet", TestMail.address("Piet")).build())
                .status());
    }

    @Test
    void whenFullPeopleWaitAndTheFirstIsPromotedWithAnEmailWhenASeatComesFree() {
        long meetingId = publishedMeeting(api(DemoAccount.MEDEWERKER), uniqueName("Kenniscafé vol"), 1);
        String first = TestMail.address("Eerste");
        String second = TestMail.address("Tweede");
        String third = TestMail.address("Derde");
        register(anonymous(), meetingId, registrationJson("Eerste", first).build());
        Api.Response waiting = register(anonymous(), meetingId, registrationJson("Tweede", second).build());
        Api.Response alsoWaiting = register(anonymous(), meetingId, registrationJson("Derde", third).build());

        assertEquals("WAITING", waiting.json().getString("status"));
        assertEquals(1, waiting.json().getInt("position"));
        assertEquals(2, alsoWaiting.json().getInt("position"));
        assertTrue(TestMail.text(TestMail.await(second, "Op de wachtlijst")).contains("op plaats 1"));

        String code = TestMail.registrationCode(TestMail.await(first, "Aanmelding bevestigd"));
        anonymous().post("api/meetings/registrations/" + code + "/cancel", null);

        MimeMessage promoted = TestMail.await(second, "Er is een plaats voor u");
        assertTrue(TestMail.text(promoted).contains("bent nu aangemeld"), TestMail.text(promoted));
        String secondCode = TestMail.registrationCode(promoted);
        assertEquals("CONFIRMED",
                anonymous().get("api/meetings/registrations/" + secondCode).json().getString("status"));
        String thirdCode = TestMail.registrationCode(TestMail.await(third, "Op de wachtlijst"));
        JsonObject stillWaiting = anonymous().get("api/meetings/registrations/" + thirdCode).json();
        assertEquals("WAITING", stillWaiting.getString("status"));
        assertEquals(1, stillWaiting.getInt("position"));
        assertEquals(1, seats(meetingId, "CONFIRMED"));
        assertEquals(0, TestMail.count(third, "Er is een plaats voor u"));
    }

    @Test
    void aLargerCapacityGivesTheNewSeatsToTheWaitingList() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long meetingId = publishedMeeting(medewerker, uniqueName("Kenniscafé groter"), 1);
        register(anonymous(), meetingId, registrationJson("Een", TestMail.address("Een")).build());
        String waiting = TestMail.address("Twee");
        register(anonymous(), meetingId, registrationJson("Twee", waiting).build());
        JsonObject details = medewerker.get("api/intranet/meetings/" + meetingId).json();

        Api.Response smaller = medewerker.put("api/intranet/meetings/" + meetingId, update(details, 0));
        Api.Response larger = medewerker.put("api/intranet/meetings/" + meetingId, update(details, 2));

        assertEquals(400, smaller.status(), smaller::toString);
        assertTrue(smaller.fieldErrors().containsKey("capacity"));
        assertEquals(200, larger.status(), larger::toString);
        TestMail.await(waiting, "Er is een plaats voor u");
        assertEquals(2, seats(meetingId, "CONFIRMED"));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        long meetingId = publishedMeeting(api(DemoAccount.MEDEWERKER), uniqueName("Kenniscafé invoer"), 10);

        Api.Response tooLong = register(anonymous(), meetingId,
                registrationJson("x".repeat(101), TestMail.address("Lang")).build());
        Api.Response badEmail = register(anonymous(), meetingId, registrationJson("Kees", "kees@voorbeeld").build());
        Api.Response noConsent = register(anonymous(), meetingId,
                registrationJson("Kees", TestMail.address("Kees")).add("consent", false).build());
        Api.Response noKind = register(anonymous(), meetingId, Json.createObjectBuilder()
                .add("name", "Kees")
                .add("email", TestMail.address("Kees"))
                .add("consent", true)
                .build());

        assertEquals(400, tooLong.status());
        assertEquals("Gebruik maximaal 100 tekens.", tooLong.fieldErrors().get("name"));
        assertEquals(400, badEmail.status());
        assertTrue(badEmail.fieldErrors().get("email").contains("geldig e-mailadres"));
        assertEquals(400, noConsent.status());
        assertEquals("Geef toestemming om u aan te kunnen melden.", noConsent.fieldErrors().get("consent"));
        assertEquals(400, noKind.status());
        assertTrue(noKind.fieldErrors().containsKey("kind"));
        assertEquals(0, TestDatabase.number("select count(*) from registration where meeting_id = ?", meetingId));
    }

    @Test
    void theConsentTextAndVersionAreStoredWithTheRegistration() {
        long meetingId = publishedMeeting(api(DemoAccount.MEDEWERKER), uniqueName("Kenniscafé toestemming"), 10);
        JsonObject consent = anonymous().get("api/meetings/consent").json();
        String email = TestMail.address("Sara");

        register(anonymous(), meetingId, registrationJson("Sara", email).build());

        assertEquals(consent.getInt("version"), TestDatabase.number(
                "select consent_version from registration where email_key = ?", email));
        assertTrue(consent.getString("text").startsWith("Ik geef het Leiden Healthy Society Center toestemming"));
    }

    @Test
    void mailThatCannotBeSentIsKeptAndRetriedWithoutLosingTheRegistration() {
        long meetingId = publishedMeeting(api(DemoAccount.MEDEWERKER), uniqueName("Kenniscafé post"), 10);
        String email = TestMail.address("Lotte");
        register(anonymous(), meetingId, registrationJson("Lotte", email).build());
        TestMail.await(email, "Aanmelding bevestigd");
        // A message the mail server refuses (an address it cannot parse) fails, stays visible and is retried.
        TestDatabase.update("insert into mail_message (version, kind, recipient, subject, body, meeting_id, status,"
                + " attempts, next_attempt_at, created_at) values (0, 'REMINDER', 'niet geldig@@', 'Test', 'Test', ?,"
                + " 'PENDING', 0, current_timestamp, current_timestamp)", meetingId);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (TestDatabase.number("select count(*) from mail_message where meeting_id = ? and attempts > 0"
                + " and status = 'PENDING' and recipient = 'niet geldig@@'", meetingId) == 0) {
            assertTrue(System.nanoTime() < deadline, "the failed message was not retried in time");
            TestMail.sleep(500);
        }
        JsonObject details = api(DemoAccount.MEDEWERKER).get("api/intranet/meetings/" + meetingId).json();
        assertEquals(1, details.getInt("mailPending"));
        assertEquals(1, seats(meetingId, "CONFIRMED"), "the registration itself is kept");
        assertTrue(TestDatabase.text("select last_error from mail_message where recipient = 'niet geldig@@'"
                + " and meeting_id = ?", meetingId) != null);
    }

    private static JsonObject update(JsonObject details, int capacity) {
        return Json.createObjectBuilder()
                .add("version", details.getJsonNumber("version").longValue())
                .add("meeting", Json.createObjectBuilder()
                        .add("type", details.getString("type"))
                        .add("title", details.getString("title"))
                        .add("startsAt", details.getString("startsAt"))
                        .add("endsAt", details.getString("endsAt"))
                        .add("location", details.getString("location"))
                        .add("capacity", capacity)
                        .add("organiserIds", details.getJsonArray("organiserIds")))
                .build();
    }

    static long seats(long meetingId, String status) {
        return TestDatabase.number("select count(*) from registration where meeting_id = ? and status = ?", meetingId,
                status);
    }
}
