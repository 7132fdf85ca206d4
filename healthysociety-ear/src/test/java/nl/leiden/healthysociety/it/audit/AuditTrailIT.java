package nl.leiden.healthysociety.it.audit;

import static nl.leiden.healthysociety.it.support.TestData.meeting;
import static nl.leiden.healthysociety.it.support.TestData.meetingJson;
import static nl.leiden.healthysociety.it.support.TestData.organisationId;
import static nl.leiden.healthysociety.it.support.TestData.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;

/**
 * The audit trail: creations, changes (collections too) and removals of business data are recorded with who, when
 * and the values before and after; the history is shown to the Center's staff and the partner whose data it is; the
 * personal data of askers and registrants and secrets never enter it.
 */
class AuditTrailIT extends ServerTest {

    @Test
    void anInitiativesHistoryShowsWhoChangedWhatFromWhatToWhat() {
        long ggd = organisationId("GGD Hollands Midden");
        long hsl = organisationId("Hogeschool Leiden");
        String title = uniqueName("Bewegen in de wijk");
        JsonObject created = TestData.initiative(api(DemoAccount.PARTNER_GGD), TestData.initiativeJson(title, ggd)
                .build());
        long id = created.getJsonNumber("id").longValue();
        Api.Response edit = api(DemoAccount.MEDEWERKER).put("api/intranet/initiatives/" + id, TestData
                .initiativeJson(title + " (bijgewerkt)", ggd)
                .add("partnerIds", Json.createArrayBuilder().add(hsl))
                .add("version", created.getJsonNumber("version"))
                .build());
        assertEquals(200, edit.status(), edit::toString);

        Api.Response response = api(DemoAccount.MEDEWERKER).get("api/intranet/history/initiative/" + id);
        assertEquals(200, response.status(), response::toString);
        JsonArray history = response.array();
        JsonObject creation = history.getJsonObject(history.size() - 1);
        assertEquals("CREATE", creation.getString("action"));
        assertEquals("Partner GGD Hollands Midden", creation.getString("actor"));
        assertTrue(change(creation, "leads").getString("after").contains("Organisation#" + ggd), creation::toString);
        JsonObject titleChange = history.stream()
                .map(JsonObject.class::cast)
                .filter(entry -> entry.getString("action").equals("UPDATE") && has(entry, "title"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(history.toString()));
        assertEquals("Medewerker Gemeente Leiden", titleChange.getString("actor"));
        assertEquals(title, change(titleChange, "title").getString("before"));
        assertEquals(title + " (bijgewerkt)", change(titleChange, "title").getString("after"));
        assertTrue(history.stream().map(JsonObject.class::cast).anyMatch(entry -> has(entry, "partners")
                && change(entry, "partners").getString("after").contains("Organisation#" + hsl)),
                "the added partner organisation: " + history);
    }

    @Test
    void theHistoryIsForTheCentersStaffAndTheOrganisationWhoseDataItIs() {
        long ggd = organisationId("GGD Hollands Midden");
        long id = TestData.initiative(api(DemoAccount.PARTNER_GGD), TestData.initiativeJson(uniqueName(
                "Gezonde school"), ggd).build()).getJsonNumber("id").longValue();
        String path = "api/intranet/history/initiative/" + id;

        assertEquals(200, api(DemoAccount.PARTNER_GGD).get(path).status());
        assertEquals(200, api(DemoAccount.BEHEERDER).get(path).status());
        assertEquals(403, api(DemoAccount.PARTNER_HSL).get(path).status());
        assertEquals(401, anonymous().get(path).status());
        assertEquals(404, api(DemoAccount.MEDEWERKER).get("api/intranet/history/initiative/999999999").status());
        assertEquals(404, api(DemoAccount.MEDEWERKER).get("api/intranet/history/account/1").status());
        assertEquals(403, api(DemoAccount.PARTNER_HSL).get("api/intranet/history/organisation/" + ggd).status());
        assertEquals(200, api(DemoAccount.PARTNER_GGD).get("api/intranet/history/organisation/" + ggd).status());
    }

    @Test
    void aRemovalIsRecordedWithWhatWasRemoved() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long lab = meeting(medewerker, meetingJson(uniqueName("Beleidslab"), LocalDateTime.now().plusDays(5)
                .withNano(0), 30, organisationId("Gemeente Leiden")).add("type", "BELEIDSLAB").build());
        medewerker.post("api/intranet/meetings/" + lab + "/publish", null);
        String text = uniqueName("Een inzicht om weg te halen");
        assertEquals(201, medewerker.post("api/intranet/meetings/" + lab + "/insights", Json.createObjectBuilder()
                .add("text", text).build()).status());
        long insight = TestDatabase.number("select id from insight where meeting_id = ?", lab);

        assertEquals(204, medewerker.delete("api/intranet/meetings/" + lab + "/insights/" + insight).status());

        String removed = TestDatabase.text("select changes from audit_entry where entity_type = 'Insight'"
                + " and entity_id = ? and action = 'DELETE' and actor = 'medewerker'", String.valueOf(insight));
        assertTrue(removed != null && removed.contains(text), "the removed insight's text is kept: " + removed);
    }

    @Test
    void personalDataOfAskersAndPasswordsNeverEnterTheTrail() {
        String name = uniqueName("Vraagsteller Jansen");
        long question = TestData.ask(anonymous(), TestData.questionJson(name, "jansen@example.org").build());

        JsonArray history = api(DemoAccount.MEDEWERKER).get("api/intranet/history/question/" + question).array();
        JsonObject creation = history.getJsonObject(history.size() - 1);
        assertEquals("(niet vastgelegd)", change(creation, "askerName").getString("after"));
        assertTrue(!creation.containsKey("actor") || creation.isNull("actor"),
                "asked on the public site, by nobody logged in");
        assertEquals(0, TestDatabase.number("select count(*) from audit_entry where changes like ?", "%" + name
                + "%"));
        assertEquals(0, TestDatabase.number("select count(*) from audit_entry where changes like ?",
                "%jansen@example.org%"));
        String hash = TestDatabase.text("select password_hash from account where username = 'partner-ggd'");
        assertNotEquals(null, hash);
        assertEquals(0, TestDatabase.number("select count(*) from audit_entry where changes like ?", "%" + hash
                + "%"));
        assertEquals(0, TestDatabase.number("select count(*) from audit_entry where changes like ?",
                "%" + DemoAccount.BEHEERDER_KEY + "%"));
    }

    private static boolean has(JsonObject entry, String field) {
        return entry.getJsonArray("changes").stream()
                .map(JsonObject.class::cast)
                .anyMatch(change -> change.getString("field").equals(field));
    }

    private static JsonObject change(JsonObject entry, String field) {
        return entry.getJsonArray("changes").stream()
                .map(JsonObject.class::cast)
                .filter(change -> change.getString("field").equals(field))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + field + " in " + entry));
    }
}
