package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * Partner accounts done properly: a beheerder invites by e-mail, the person chooses a password through a one-time
 * link that expires, the password rules hold, and a reset by e-mail does not tell whether an account exists.
 */
class PasswordApiIT extends ServerTest {

    private static final String INVITATIONS = "api/beheer/accounts/invitations";
    private static final String GOOD = "Stevenshof-fiets-koffie-7";

    @Test
    void anInvitedPartnerChoosesAPasswordOnceThroughTheLinkWithinTheRules() {
        String email = TestMail.address("Uitgenodigd");
        Api.Response invited = api(DemoAccount.BEHEERDER).post(INVITATIONS, invitation("Ilse Uitgenodigd", email));
        assertEquals(201, invited.status(), invited::toString);
        String code = TestMail.passwordCode(TestMail.await(email, "Uitnodiging voor het platform"));
        assertEquals(401, Api.as(baseUrl, email, GOOD).from("192.0.2.81").get("api/intranet/questions").status(),
                "no password works before one is chosen");

        JsonObject link = anonymous().get("api/password/links/" + code).json();
        assertEquals("INVITATION", link.getString("purpose"));
        assertEquals("Ilse Uitgenodigd", link.getString("displayName"));
        assertEquals("validation", refusal(code, "Welkom2026!!", "Welkom2026!!"),
                "a common password with digits and symbols around it");
        assertEquals("validation", refusal(code, email, email), "the e-mail address");
        assertEquals("validation", refusal(code, "kort-1", "kort-1"), "too short");
        Api.Response mismatch = choose(code, GOOD, GOOD + "x");
        assertEquals(400, mismatch.status());
        assertTrue(mismatch.fieldErrors().containsKey("repeated"), mismatch::toString);

        assertEquals(204, choose(code, GOOD, GOOD).status());
        assertEquals(200, Api.as(baseUrl, email, GOOD).get("api/intranet/questions").status());
        assertEquals(404, anonymous().get("api/password/links/" + code).status(), "the link works once");
        assertEquals(404, choose(code, GOOD + "-2", GOOD + "-2").status());
        String hash = TestDatabase.text("select password_hash from account where username = ?", email);
        assertTrue(hash.startsWith("pbkdf2-sha256$"));
        assertEquals(0, TestDatabase.number("select count(*) from account_token where code_hash = ?", code),
                "only a hash of the code is stored");
    }

    @Test
    void onlyABeheerderInvitesAndAnAddressInUseOrAnUnknownOrganisationIsRefused() {
        String email = TestMail.address("Dubbel");
        assertEquals(403, api(DemoAccount.PARTNER_GGD).post(INVITATIONS, invitation("X", email)).status());
        assertEquals(403, api(DemoAccount.MEDEWERKER).post(INVITATIONS, invitation("X", email)).status());
        assertEquals(401, anonymous().post(INVITATIONS, invitation("X", email)).status());
        assertEquals(0, TestDatabase.number("select count(*) from account where username = ?", email));

        Api beheerder = api(DemoAccount.BEHEERDER);
        assertEquals(201, beheerder.post(INVITATIONS, invitation("Eerste", email)).status());
        Api.Response again = beheerder.post(INVITATIONS, invitation("Tweede", email));
        assertEquals(400, again.status());
        assertEquals("Deze gebruikersnaam is al in gebruik.", again.fieldErrors().get("email"));
        Api.Response unknown = beheerder.post(INVITATIONS, Json.createObjectBuilder().add("displayName", "Y")
                .add("email", TestMail.address("Onbekend")).add("organisationId", 999999999).build());
        assertEquals(400, unknown.status());
    }

    @Test
    void aResetLinkIsMailedWithoutSayingWhetherTheAddressHasAnAccountAndExpires() {
        String email = TestMail.address("Vergeten");
        api(DemoAccount.BEHEERDER).post(INVITATIONS, invitation("Vera Vergeten", email));
        choose(TestMail.passwordCode(TestMail.await(email, "Uitnodiging")), GOOD, GOOD);
        String nobody = TestMail.address("Niemand");

        Api.Response known = anonymous().post("api/password/reset", Json.createObjectBuilder().add("email", email)
                .build());
        Api.Response unknown = anonymous().post("api/password/reset", Json.createObjectBuilder().add("email", nobody)
                .build());
        assertEquals(202, known.status());
        assertEquals(known.body(), unknown.body(), "the answer does not tell whether an account exists");

        String code = TestMail.passwordCode(TestMail.await(email, "Nieuw wachtwoord kiezen"));
        assertEquals("RESET", anonymous().get("api/password/links/" + code).json().getString("purpose"));
        TestDatabase.update("update account_token set expires_at = expires_at - interval '2 hours'"
                + " where purpose = 'RESET' and account_id = (select id from account where username = ?)", email);
        assertEquals(404, choose(code, GOOD + "-nieuw", GOOD + "-nieuw").status(), "an expired link does not work");
        assertEquals(200, Api.as(baseUrl, email, GOOD).get("api/intranet/questions").status(),
                "the old password still works");
        TestMail.sleep(1500);
        assertEquals(0, TestMail.to(nobody).size());
        assertFalse(TestMail.text(TestMail.await(email, "Nieuw wachtwoord")).contains(GOOD));
    }

    private JsonObject invitation(String name, String email) {
        return Json.createObjectBuilder().add("displayName", name).add("email", email)
                .add("organisationId", TestData.organisationId("GGD Hollands Midden")).build();
    }

    private Api.Response choose(String code, String password, String repeated) {
        return anonymous().post("api/password/links/" + code,
                Json.createObjectBuilder().add("password", password).add("repeated", repeated).build());
    }

    /** "validation" when the password field was refused. */
    private String refusal(String code, String password, String repeated) {
        Api.Response response = choose(code, password, repeated);
        return response.status() == 400 && response.fieldErrors().containsKey("password")
                ? "validation"
                : response.toString();
    }
}
