package nl.leiden.healthysociety.it.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;

/** A beheerder and a medewerker working with the organisation screens. */
class OrganisationBrowserIT extends BrowserTest {

    @Test
    void searchFindsOrganisationsIgnoringCaseAndAccents() {
        String name = TestData.uniqueName("Stichting Financiële Hulp");
        TestData.organisation(api(DemoAccount.BEHEERDER), name);
        login(DemoAccount.MEDEWERKER);
        open("intranet/organisaties");

        type("search:text", name.toUpperCase().replace("Ë", "E"));
        click("search:find");

        String table = byId("search:table").getText();
        assertTrue(table.contains(name), table);
        assertFalse(table.contains("Gemeente Leiden"), "only matching organisations");
        assertTrue(browser().findElements(By.id("search:new")).isEmpty(), "a medewerker cannot add one");
    }

    @Test
    void rejectedFormShowsDutchMessagesByTheFieldsKeepsInputAndStoresNothing() {
        login(DemoAccount.BEHEERDER);
        open("beheer/organisatie");
        long before = TestDatabase.organisationCount();

        type("form:website", "www.zonder-protocol.nl");
        type("form:contactEmail", "geen-adres");
        click("form:save");

        assertTrue(messages().contains("Niet opgeslagen: controleer de gemarkeerde velden."), messages());
        assertTrue(pageText().contains("Vul dit veld in."), "name and type are required");
        assertTrue(pageText().contains("Vul een volledig webadres in dat begint met http:// of https://."));
        assertTrue(pageText().contains("Vul een geldig e-mailadres in"));
        assertEquals("www.zonder-protocol.nl", byId("form:website").getAttribute("value"), "input is kept");
        assertEquals("true", byId("form:name").getAttribute("aria-invalid"), "the field is marked");
        assertEquals(before, TestDatabase.organisationCount());
    }

    @Test
    void beheerderAddsAnOrganisation() {
        String name = TestData.uniqueName("Buurthuis De Kooi");
        login(DemoAccount.BEHEERDER);
        open("intranet/organisaties");
        click("search:new");

        type("form:name", name);
        new Select(byId("form:type")).selectByVisibleText("Welzijn");
        check("Kernpartner");
        type("form:website", "https://www.dekooi.nl");
        click("form:save");

        assertEquals("Organisaties", heading());
        assertTrue(messages().contains("Organisatie " + name + " is opgeslagen."), messages());
        assertEquals(1, TestDatabase.number(
                "select count(*) from organisation where name = ? and type = 'WELZIJN' and core_partner", name));
    }

    @Test
    void editCrossingSomeoneElsesChangeReportsAConflictAndKeepsTheInput() {
        String name = TestData.uniqueName("Sportvereniging");
        JsonObject created = TestData.organisation(api(DemoAccount.BEHEERDER), name);
        long id = created.getJsonNumber("id").longValue();
        login(DemoAccount.BEHEERDER);
        open("beheer/organisatie?id=" + id);

        // Meanwhile another beheerder renames it through the API.
        api(DemoAccount.BEHEERDER).put("api/organisaties/" + id, TestData.organisationJson(name + " (ander)")
                .add("version", created.getJsonNumber("version").longValue())
                .build());
        type("form:name", name + " (mijn wijziging)");
        click("form:save");

        assertTrue(messages().startsWith("Iemand anders heeft deze organisatie gewijzigd"), messages());
        assertEquals(name + " (mijn wijziging)", byId("form:name").getAttribute("value"));
        assertEquals(name + " (ander)", TestDatabase.text("select name from organisation where id = ?", id));
    }

    @Test
    void deactivatingAsksForConfirmationAndKeepsTheOrganisation() {
        String name = TestData.uniqueName("Tijdelijke Werkgroep");
        long id = TestData.organisation(api(DemoAccount.BEHEERDER), name).getJsonNumber("id").longValue();
        login(DemoAccount.BEHEERDER);
        open("beheer/organisatie?id=" + id);

        click("form:deactivate");
        confirm();

        assertTrue(messages().contains("Organisatie " + name + " is gedeactiveerd."), messages());
        assertEquals(1, TestDatabase.number("select count(*) from organisation where id = ? and not active", id));
    }

    @Test
    void unknownOrganisationGivesTheNotFoundPage() {
        login(DemoAccount.BEHEERDER);
        open("beheer/organisatie?id=987654321");

        assertEquals("Pagina niet gevonden", heading());
    }
}
