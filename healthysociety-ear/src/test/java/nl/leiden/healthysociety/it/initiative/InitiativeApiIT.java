package nl.leiden.healthysociety.it.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;

/**
 * The initiative inventory through the intranet API: who may create, edit and add progress (trying the other
 * organisation's ids on every write path), validation and conflicts.
 */
class InitiativeApiIT extends ServerTest {

    private static final String GGD = "GGD Hollands Midden";
    private static final String HSL = "Hogeschool Leiden";

    @Test
    void partnerCreatesAnInitiativeItsOwnOrganisationLeads() {
        long ggd = TestData.organisationId(GGD);
        JsonObject created = TestData.initiative(api(DemoAccount.PARTNER_GGD),
                TestData.initiativeJson(TestData.uniqueName("Gezonde school"), ggd).build());

        assertEquals(GGD, created.getJsonArray("leads").getJsonObject(0).getString("name"));
        assertTrue(created.getBoolean("editable"));
    }

    @Test
    void partnerCannotCreateAnInitiativeForAnotherOrganisation() {
        long before = initiativeCount();
        Api.Response response = api(DemoAccount.PARTNER_GGD).post("api/intranet/initiatives",
                TestData.initiativeJson(TestData.uniqueName("Namens de hogeschool"), TestData.organisationId(HSL))
                        .build());

        assertEquals(403, response.status(), response::toString);
        assertEquals("Dit mag alleen voor initiatieven van uw eigen organisatie.", response.json().getString("detail"));
        assertEquals(before, initiativeCount());
    }

    @Test
    void partnerCannotEditAnotherOrganisationsInitiativeEvenAsItsPartner() {
        long hsl = TestData.organisationId(HSL);
        long ggd = TestData.organisationId(GGD);
        String title = TestData.uniqueName("Hogeschoolproject");
        JsonObject initiative = TestData.initiative(api(DemoAccount.PARTNER_HSL), TestData.initiativeJson(title, hsl)
                .add("partnerIds", Json.createArrayBuilder().add(ggd))
                .build());
        long id = initiative.getJsonNumber("id").longValue();

        Api.Response edit = api(DemoAccount.PARTNER_GGD).put("api/intranet/initiatives/" + id,
                TestData.initiativeJson("Overgenomen", ggd).add("version", initiative.getJsonNumber("version"))
                        .build());

        assertEquals(403, edit.status(), edit::toString);
        assertEquals(title, TestDatabase.text("select title from initiative where id = ?", id));
        assertFalse(api(DemoAccount.PARTNER_GGD).get("api/intranet/initiatives/" + id).json().getBoolean("editable"));
    }

    @Test
    void partnerOrganisationMayAddProgressButAnUninvolvedOneMayNot() {
        long hsl = TestData.organisationId(HSL);
        long ggd = TestData.organisationId(GGD);
        long id = TestData.initiative(api(DemoAccount.BEHEERDER), TestData.initiativeJson(
                TestData.uniqueName("Samen met de GGD"), hsl).add("partnerIds", Json.createArrayBuilder().add(ggd))
                .build()).getJsonNumber("id").longValue();
        long otherId = TestData.initiative(api(DemoAccount.BEHEERDER),
                TestData.initiativeJson(TestData.uniqueName("Zonder de GGD"), hsl).build()).getJsonNumber("id")
                .longValue();

        Api.Response own = api(DemoAccount.PARTNER_GGD).post("api/intranet/initiatives/" + id + "/progress",
                progress("2026-11-01", "Eerste bijeenkomst gehouden", null));
        Api.Response other = api(DemoAccount.PARTNER_GGD).post("api/intranet/initiatives/" + otherId + "/progress",
                progress("2026-11-01", "Mag niet", null));

        assertEquals(201, own.status(), own::toString);
        assertEquals(403, other.status(), other::toString);
        assertEquals(0, TestDatabase.number("select count(*) from progress_update where initiative_id = ?", otherId));
    }

    @Test
    void partnerCannotHandItsInitiativeToAnotherOrganisation() {
        long ggd = TestData.organisationId(GGD);
        JsonObject initiative = TestData.initiative(api(DemoAccount.PARTNER_GGD),
                TestData.initiativeJson(TestData.uniqueName("Van de GGD"), ggd).build());
        long id = initiative.getJsonNumber("id").longValue();

        Api.Response edit = api(DemoAccount.PARTNER_GGD).put("api/intranet/initiatives/" + id,
                TestData.initiativeJson("Nu van de hogeschool", TestData.organisationId(HSL))
                        .add("version", initiative.getJsonNumber("version"))
                        .build());

        assertEquals(403, edit.status(), edit::toString);
        assertEquals(1, TestDatabase.number(
                "select count(*) from initiative_lead where initiative_id = ? and organisation_id = ?", id, ggd));
    }

    @Test
    void medewerkerEditsAnyInitiative() {
        long hsl = TestData.organisationId(HSL);
        JsonObject initiative = TestData.initiative(api(DemoAccount.PARTNER_HSL),
                TestData.initiativeJson(TestData.uniqueName("Studentenwelzijn"), hsl).build());
        long id = initiative.getJsonNumber("id").longValue();

        Api.Response edit = api(DemoAccount.MEDEWERKER).put("api/intranet/initiatives/" + id,
                TestData.initiativeJson("Studentenwelzijn (bijgewerkt)", hsl)
                        .add("version", initiative.getJsonNumber("version"))
                        .add("status", "AFGEROND")
                        .build());

        assertEquals(200, edit.status(), edit::toString);
        assertEquals("AFGEROND", TestDatabase.text("select status from initiative where id = ?", id));
    }

    @Test
    void rejectedInitiativeNamesEachFieldAndStoresNothing() {
        long hsl = TestData.organisationId(HSL);
        String number = "T" + TestData.uniqueName("").strip().substring(0, 6);
        TestData.initiative(api(DemoAccount.BEHEERDER),
                TestData.initiativeJson(TestData.uniqueName("Met nummer"), hsl).add("number", number).build());
        long before = initiativeCount();

        Api.Response response = api(DemoAccount.BEHEERDER).post("api/intranet/initiatives", Json.createObjectBuilder()
                .add("number", number)
                .add("title", " ")
                .add("status", "LOPEND")
                .add("leadIds", Json.createArrayBuilder())
                .add("contactEmail", "geen-adres")
                .build());
        Api.Response dates = api(DemoAccount.BEHEERDER).post("api/intranet/initiatives",
                TestData.initiativeJson("Datums", hsl).add("startDate", "2026-05-01").add("endDate", "2026-04-01")
                        .add("themeIds", Json.createArrayBuilder().add(987654321L))
                        .build());

        assertEquals(400, response.status(), response::toString);
        Map<String, String> errors = fieldErrors(response);
        assertEquals("Vul dit veld in.", errors.get("title"));
        assertEquals("Kies ten minste één trekker.", errors.get("leadIds"));
        assertTrue(errors.get("contactEmail").startsWith("Vul een geldig e-mailadres in"));
        assertEquals(400, dates.status(), dates::toString);
        assertTrue(fieldErrors(dates).containsKey("themeIds") || fieldErrors(dates).containsKey("endDate"),
                dates::toString);
        assertEquals(before, initiativeCount());

        Api.Response duplicate = api(DemoAccount.BEHEERDER).post("api/intranet/initiatives",
                TestData.initiativeJson("Zelfde nummer", hsl).add("number", number).build());
        assertEquals("Er is al een initiatief met dit nummer.", fieldErrors(duplicate).get("number"));
        assertEquals(before, initiativeCount());
    }

    @Test
    void progressIsNewestFirstAndCanChangeTheStatus() {
        long hsl = TestData.organisationId(HSL);
        long id = TestData.initiative(api(DemoAccount.PARTNER_HSL),
                TestData.initiativeJson(TestData.uniqueName("Beweegroute"), hsl).add("status", "IDEE").build())
                .getJsonNumber("id").longValue();
        Api partner = api(DemoAccount.PARTNER_HSL);

        partner.post("api/intranet/initiatives/" + id + "/progress", progress("2026-03-01", "Plan gemaakt", null));
        JsonObject after = partner.post("api/intranet/initiatives/" + id + "/progress",
                progress("2026-06-01", "Route geopend", "LOPEND")).json();

        assertEquals("LOPEND", after.getString("status"));
        assertEquals("Route geopend", after.getJsonArray("progress").getJsonObject(0).getString("text"));
        assertEquals("Partner Hogeschool Leiden", after.getJsonArray("progress").getJsonObject(0).getString("author"));
        assertEquals("Plan gemaakt", after.getJsonArray("progress").getJsonObject(1).getString("text"));
    }

    @Test
    void concurrentEditsReportAConflict() {
        long hsl = TestData.organisationId(HSL);
        JsonObject initiative = TestData.initiative(api(DemoAccount.BEHEERDER),
                TestData.initiativeJson(TestData.uniqueName("Tweemaal"), hsl).build());
        String path = "api/intranet/initiatives/" + initiative.getJsonNumber("id");

        Api.Response first = api(DemoAccount.BEHEERDER).put(path,
                TestData.initiativeJson("Eerste", hsl).add("version", initiative.getJsonNumber("version")).build());
        Api.Response second = api(DemoAccount.MEDEWERKER).put(path,
                TestData.initiativeJson("Tweede", hsl).add("version", initiative.getJsonNumber("version")).build());

        assertEquals(200, first.status());
        assertEquals(409, second.status(), second::toString);
    }

    @Test
    void searchIgnoresCaseAndAccentsAndCombinesFilters() {
        long hsl = TestData.organisationId(HSL);
        String marker = TestData.uniqueName("zoek").replace(" ", "");
        long theme = TestData.themeId("GEZONDHEID_WELZIJN");
        long area = TestData.areaId("Stevenshofdistrict");
        Api beheerder = api(DemoAccount.BEHEERDER);
        TestData.initiative(beheerder, TestData.initiativeJson("Financiële stress " + marker, hsl)
                .add("themeIds", Json.createArrayBuilder().add(theme))
                .add("areaIds", Json.createArrayBuilder().add(area))
                .add("lifeStages", Json.createArrayBuilder().add("JONGVOLWASSENEN"))
                .build());
        TestData.initiative(beheerder, TestData.initiativeJson("Financiële hulp " + marker, hsl)
                .add("themeIds", Json.createArrayBuilder().add(theme))
                .build());

        String base = "api/intranet/initiatives?q=financiele%20" + marker.toUpperCase();
        assertEquals(2, beheerder.get(base).json().getInt("total"));
        assertEquals(1, beheerder.get(base + "&theme=" + theme + "&area=" + area).json().getInt("total"));
        assertEquals(1, beheerder.get(base + "&lifeStage=JONGVOLWASSENEN&organisation=" + hsl).json().getInt("total"));
        assertEquals(0, beheerder.get(base + "&status=AFGEROND").json().getInt("total"));
    }

    @Test
    void staleFilterFindsInitiativesNotUpdatedForSixMonths() {
        long hsl = TestData.organisationId(HSL);
        String marker = TestData.uniqueName("oud").replace(" ", "");
        long id = TestData.initiative(api(DemoAccount.BEHEERDER), TestData.initiativeJson("Stil " + marker, hsl)
                .build()).getJsonNumber("id").longValue();
        TestData.initiative(api(DemoAccount.BEHEERDER), TestData.initiativeJson("Actief " + marker, hsl).build());
        TestDatabase.update(
                "update initiative set last_updated_at = current_timestamp - interval '200' day where id = ?",
                id);

        JsonObject stale = api(DemoAccount.MEDEWERKER).get("api/intranet/initiatives?stale=true&q=" + marker).json();

        assertEquals(1, stale.getInt("total"));
        assertEquals(id, stale.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    }

    private static JsonObject progress(String date, String text, String status) {
        var body = Json.createObjectBuilder().add("date", date).add("text", text);
        if (status != null) {
            body.add("statusChange", status);
        }
        return body.build();
    }

    private static long initiativeCount() {
        return TestDatabase.number("select count(*) from initiative");
    }

    private static Map<String, String> fieldErrors(Api.Response response) {
        return response.json()
                .getJsonArray("errors")
                .getValuesAs(JsonObject.class)
                .stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a));
    }
}
