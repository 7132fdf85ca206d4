package nl.leiden.healthysociety.it.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;

/** Organisations through the REST API: validation, uniqueness, conflicts and who may change them. */
class OrganisationApiIT extends ServerTest {

    @Test
    void beheerderCreatesAndUpdatesAnOrganisation() {
        Api beheerder = api(DemoAccount.BEHEERDER);
        String name = TestData.uniqueName("Buurtvereniging");
        JsonObject created = TestData.organisation(beheerder, name);

        JsonObject update = TestData.organisationJson(name + " Noord")
                .add("version", created.getJsonNumber("version").longValue())
                .add("corePartner", true)
                .build();
        Api.Response updated = beheerder.put("api/organisaties/" + created.getInt("id"), update);

        assertEquals(200, updated.status(), updated::toString);
        assertEquals(name + " Noord", TestDatabase.text("select name from organisation where id = ?",
                created.getJsonNumber("id").longValue()));
        assertEquals(1, TestDatabase.number("select count(*) from organisation where id = ? and core_partner",
                created.getJsonNumber("id").longValue()));
    }

    @Test
    void rejectedInputNamesEachFieldInDutchAndStoresNothing() {
        long before = TestDatabase.organisationCount();
        JsonObject invalid = Json.createObjectBuilder()
                .add("name", "   ")
                .add("website", "www.zonder-protocol.nl")
                .add("contactEmail", "geen-adres")
                .add("description", "x".repeat(2001))
                .build();

        Api.Response response = api(DemoAccount.BEHEERDER).post("api/organisaties", invalid);

        assertEquals(400, response.status(), response::toString);
        Map<String, String> errors = response.fieldErrors();
        assertEquals("Vul dit veld in.", errors.get("name"));
        assertEquals("Vul dit veld in.", errors.get("type"));
        assertEquals("Vul een volledig webadres in dat begint met http:// of https://.", errors.get("website"));
        assertTrue(errors.get("contactEmail").startsWith("Vul een geldig e-mailadres in"), errors::toString);
        assertEquals("Gebruik maximaal 2000 tekens.", errors.get("description"));
        assertEquals(before, TestDatabase.organisationCount());
    }

    @Test
    void overLongNameIsRejected() {
        long before = TestDatabase.organisationCount();
        Api.Response response = api(DemoAccount.BEHEERDER).post("api/organisaties",
                TestData.organisationJson("N".repeat(201)).build());

        assertEquals(400, response.status(), response::toString);
        assertEquals("Gebruik maximaal 200 tekens.", response.fieldErrors().get("name"));
        assertEquals(before, TestDatabase.organisationCount());
    }

    @Test
    void errorsComeInEnglishWhenAskedFor() {
        Api.Response response = api(DemoAccount.BEHEERDER).inLanguage("en")
                .post("api/organisaties", Json.createObjectBuilder().add("type", "ZORG").build());

        assertEquals(400, response.status());
        assertEquals("Fill in this field.", response.fieldErrors().get("name"));
    }

    @Test
    void duplicateNameIsRejectedIgnoringCaseAndAccents() {
        Api beheerder = api(DemoAccount.BEHEERDER);
        String name = TestData.uniqueName("Stichting Financiële Hulp");
        TestData.organisation(beheerder, name);
        long before = TestDatabase.organisationCount();

        String sameName = name.toUpperCase().replace("Ë", "E");
        Api.Response response = beheerder.post("api/organisaties", TestData.organisationJson(sameName).build());

        assertEquals(400, response.status(), response::toString);
        assertEquals("Er is al een organisatie met deze naam.", response.fieldErrors().get("name"));
        assertEquals(before, TestDatabase.organisationCount());
    }

    @Test
    void concurrentEditsReportAConflictInsteadOfOverwriting() {
        Api beheerder = api(DemoAccount.BEHEERDER);
        String name = TestData.uniqueName("Wijkteam");
        JsonObject read = TestData.organisation(beheerder, name);
        long id = read.getJsonNumber("id").longValue();
        long version = read.getJsonNumber("version").longValue();

        Api.Response first = beheerder.put("api/organisaties/" + id,
                TestData.organisationJson(name + " (eerste)").add("version", version).build());
        Api.Response second = beheerder.put("api/organisaties/" + id,
                TestData.organisationJson(name + " (tweede)").add("version", version).build());

        assertEquals(200, first.status(), first::toString);
        assertEquals(409, second.status(), second::toString);
        assertTrue(second.json().getString("detail").startsWith("Iemand anders heeft deze organisatie gewijzigd"));
        assertEquals(name + " (eerste)", TestDatabase.text("select name from organisation where id = ?", id));
    }

    @Test
    void partnersAndMedewerkersCannotChangeOrganisations() {
        Api beheerder = api(DemoAccount.BEHEERDER);
        String name = TestData.uniqueName("Huiskamer");
        JsonObject own = TestData.organisation(beheerder, name);
        long id = own.getJsonNumber("id").longValue();
        long version = own.getJsonNumber("version").longValue();
        long before = TestDatabase.organisationCount();

        for (DemoAccount account : List.of(DemoAccount.PARTNER_GGD, DemoAccount.MEDEWERKER)) {
            Api caller = api(account);
            assertEquals(403, caller.post("api/organisaties", TestData.organisationJson(name + " 2").build())
                    .status(), account + " create");
            assertEquals(403, caller.put("api/organisaties/" + id,
                    TestData.organisationJson("Overgenomen").add("version", version).build()).status(),
                    account + " update");
            assertEquals(403, caller.post("api/organisaties/" + id + "/deactiveren?version=" + version, null)
                    .status(), account + " deactivate");
            // Reading is allowed.
            assertEquals(200, caller.get("api/organisaties/" + id).status(), account + " read");
        }

        assertEquals(before, TestDatabase.organisationCount());
        assertEquals(name, TestDatabase.text("select name from organisation where id = ?", id));
        assertEquals(1, TestDatabase.number("select count(*) from organisation where id = ? and active", id));
    }

    @Test
    void callersWithoutLoginOrWithAWrongPasswordGet401() {
        Api.Response anonymous = anonymous().get("api/organisaties");
        Api.Response wrongPassword = Api.as(baseUrl, "beheerder", "wrong-password").get("api/organisaties");
        Api.Response unknownAccount = Api.as(baseUrl, "niemand-bekend", "wrong-password").get("api/organisaties");

        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(401, wrongPassword.status());
        assertEquals(401, unknownAccount.status());
        assertEquals(wrongPassword.body(), unknownAccount.body(), "no hint whether the account exists");
    }

    @Test
    void deactivatedOrganisationIsKeptButLeftOutOfTheDefaultList() {
        Api beheerder = api(DemoAccount.BEHEERDER);
        String name = TestData.uniqueName("Tijdelijk Project");
        JsonObject created = TestData.organisation(beheerder, name);
        long id = created.getJsonNumber("id").longValue();

        Api.Response deactivated = beheerder.post(
                "api/organisaties/" + id + "/deactiveren?version=" + created.getJsonNumber("version"), null);

        assertEquals(200, deactivated.status(), deactivated::toString);
        assertFalse(deactivated.json().getBoolean("active"));
        String query = "api/organisaties?q=" + name.substring(name.length() - 8);
        assertEquals(0, beheerder.get(query).json().getInt("total"));
        assertEquals(1, beheerder.get(query + "&inactief=true").json().getInt("total"));
        assertEquals(1, TestDatabase.number("select count(*) from organisation where id = ?", id));
    }

    @Test
    void searchIgnoresCaseAndAccentsAndPagesInTheDatabase() {
        Api beheerder = api(DemoAccount.BEHEERDER);
        String marker = TestData.uniqueName("Café").replace(" ", "");
        for (int i = 0; i < 3; i++) {
            TestData.organisation(beheerder, marker + " nummer " + i);
        }

        String search = marker.toUpperCase().replace("É", "E");
        JsonObject page = beheerder.get("api/organisaties?q=" + search + "&first=1&max=1").json();

        assertEquals(3, page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
        assertEquals(marker + " nummer 1", page.getJsonArray("items").getJsonObject(0).getString("name"));
    }
}
