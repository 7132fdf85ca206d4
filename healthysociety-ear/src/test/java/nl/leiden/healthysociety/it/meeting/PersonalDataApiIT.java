package nl.leiden.healthysociety.it.meeting;

import static nl.leiden.healthysociety.it.support.TestData.publishedMeeting;
import static nl.leiden.healthysociety.it.support.TestData.register;
import static nl.leiden.healthysociety.it.support.TestData.registrationJson;
import static nl.leiden.healthysociety.it.support.TestData.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/** A person's request to see or erase their data, handled by a beheerder. */
class PersonalDataApiIT extends ServerTest {

    @Test
    void aBeheerderExportsEverythingUnderAnAddressWithTheConsentGiven() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long first = publishedMeeting(medewerker, uniqueName("Kenniscafé inzage een"), 10);
        long second = publishedMeeting(medewerker, uniqueName("Kenniscafé inzage twee"), 10);
        String email = TestMail.address("Inzage");
        register(anonymous(), first, registrationJson("Inzage Verzoek", email).add("needs", "Rolstoel").build());
        register(anonymous(), second, registrationJson("Inzage Verzoek", email).build());
        TestMail.await(email, "Aanmelding bevestigd");

        Api.Response export = api(DemoAccount.BEHEERDER).post("api/beheer/persoonsgegevens/export",
                subject(email.toUpperCase()));

        assertEquals(200, export.status(), export::toString);
        JsonObject data = export.json();
        assertEquals(2, data.getJsonArray("registrations").size());
        JsonObject registration = data.getJsonArray("registrations").getJsonObject(0);
        assertEquals("Inzage Verzoek", registration.getString("name"));
        assertEquals("Rolstoel", registration.getString("needs"));
        assertEquals(1, registration.getInt("consentVersion"));
        assertTrue(registration.getString("consentText").startsWith("Ik geef het Leiden Healthy Society Center"));
        assertTrue(data.getJsonArray("mails").size() >= 2);
    }

    @Test
    void erasingAnonymisesCancelsUpcomingSeatsAndDeletesTheMail() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long meetingId = publishedMeeting(medewerker, uniqueName("Kenniscafé wissen"), 1);
        String email = TestMail.address("Wissen");
        String waiting = TestMail.address("Wachtlijst");
        register(anonymous(), meetingId, registrationJson("Wis Mij", email).build());
        register(anonymous(), meetingId, registrationJson("Wacht", waiting).build());
        TestMail.await(email, "Aanmelding bevestigd");

        Api.Response erased = api(DemoAccount.BEHEERDER).post("api/beheer/persoonsgegevens/erase", subject(email));

        assertEquals(200, erased.status(), erased::toString);
        assertEquals(1, erased.json().getInt("registrations"));
        assertEquals(0, TestDatabase.number("select count(*) from registration where name = 'Wis Mij'"));
        assertNull(TestDatabase.text("select email from registration where meeting_id = ? and status = 'CANCELLED'",
                meetingId));
        assertEquals(0, TestDatabase.number("select count(*) from mail_message where lower(recipient) = ?", email));
        TestMail.await(waiting, "Er is een plaats voor u");
        JsonObject export = api(DemoAccount.BEHEERDER).post("api/beheer/persoonsgegevens/export", subject(email))
                .json();
        assertEquals(0, export.getJsonArray("registrations").size());
    }

    @Test
    void onlyABeheerderHandlesPersonalDataRequests() {
        JsonObject body = subject("iemand@example.org");
        assertEquals(403, api(DemoAccount.MEDEWERKER).post("api/beheer/persoonsgegevens/export", body).status());
        assertEquals(403, api(DemoAccount.PARTNER_GGD).post("api/beheer/persoonsgegevens/erase", body).status());
        assertEquals(401, anonymous().post("api/beheer/persoonsgegevens/export", body).status());
        assertEquals(400, api(DemoAccount.BEHEERDER).post("api/beheer/persoonsgegevens/export", subject("geen adres"))
                .status());
    }

    private static JsonObject subject(String email) {
        return Json.createObjectBuilder().add("email", email).build();
    }
}
