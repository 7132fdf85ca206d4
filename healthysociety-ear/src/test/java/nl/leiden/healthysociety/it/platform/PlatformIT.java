package nl.leiden.healthysociety.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerLog;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;

/** What operations rely on: schema migration, health, metrics, the API description, error pages and the log. */
class PlatformIT extends ServerTest {

    @Test
    void flywayMigratedTheEmptyPostgresDatabaseAndHibernateValidatedIt() {
        long migrations = TestDatabase.number("select count(*) from flyway_schema_history where success");
        long failed = TestDatabase.number("select count(*) from flyway_schema_history where not success");

        assertTrue(migrations >= 1, "at least V1 applied");
        assertEquals(0, failed);
        assertEquals("1",
                TestDatabase.text("select min(version) from flyway_schema_history where version is not null"));
        // Demo data only lands after migration and validation succeeded, in the same startup.
        assertTrue(TestDatabase.number("select count(*) from account") >= 4);
    }

    @Test
    void metricsCountLogins() {
        api(DemoAccount.MEDEWERKER).get("api/organisaties");
        Api.as(baseUrl, "medewerker", "not-the-password").get("api/organisaties");

        String metrics = anonymous().getText("metrics").body();

        assertTrue(metrics.contains("healthysociety_logins_total{mp_scope=\"application\",outcome=\"success\"}"),
                metrics);
        assertTrue(metrics.contains("healthysociety_logins_total{mp_scope=\"application\",outcome=\"refused\"}"),
                metrics);
    }

    @Test
    void openApiDocumentDescribesTheOrganisationResource() {
        Api.Response openapi = anonymous().getText("openapi");

        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/organisaties/{id}"), openapi::body);
        assertTrue(openapi.body().contains("Leiden Healthy Society Center API"));
    }

    @Test
    void unknownPageGetsTheDutchNotFoundPage() {
        Api.Response response = anonymous().getText("bestaat-niet");

        assertEquals(404, response.status());
        assertTrue(response.body().contains("Pagina niet gevonden"), response::body);
        assertFalse(response.body().contains(".java:"), "no stack trace");
    }

    @Test
    void unexpectedApiErrorsShowNoStackTrace() {
        Api.Response response = api(DemoAccount.BEHEERDER).post("api/organisaties/1/deactiveren?version=geen-getal",
                null);

        assertTrue(response.status() >= 400 && response.status() < 500, response::toString);
        assertFalse(response.body().contains("Exception"), response::body);
        assertFalse(response.body().contains(".java:"), response::body);
    }

    @Test
    void personalDataStaysOutOfTheServerLog() {
        String username = TestData.uniqueName("Jansen").replace(' ', '.').toLowerCase() + "@example.nl";
        String email = TestData.uniqueName("contact").replace(' ', '.') + "@voorbeeld.nl";
        long logStart = ServerLog.size();
        Api.as(baseUrl, username, "een-fout-wachtwoord").get("api/organisaties");
        TestData.organisation(api(DemoAccount.BEHEERDER), TestData.uniqueName("Logtest"));
        api(DemoAccount.BEHEERDER).post("api/organisaties",
                TestData.organisationJson(TestData.uniqueName("Logtest")).add("contactEmail", email).build());

        String log = String.join("\n", ServerLog.linesSince(logStart, lines -> lines.stream()
                .anyMatch(line -> line.contains("security-event action=LOGIN result=REFUSED"))));

        assertTrue(log.contains("security-event action=LOGIN result=REFUSED"), "the refused login is logged");
        assertFalse(log.contains(username), "the username is not");
        assertFalse(log.contains(email), "nor a contact address");
    }
}
