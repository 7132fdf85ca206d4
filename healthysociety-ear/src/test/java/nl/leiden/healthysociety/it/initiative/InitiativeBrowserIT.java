package nl.leiden.healthysociety.it.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.Select;

import jakarta.json.Json;
import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;

/** Partners and medewerkers working with the initiative screens. */
class InitiativeBrowserIT extends BrowserTest {

    private static final String GGD = "GGD Hollands Midden";
    private static final String HSL = "Hogeschool Leiden";

    @Test
    void partnerCreatesAnInitiativeLedByItsOwnOrganisation() {
        String title = TestData.uniqueName("Gezonde kantine");
        login(DemoAccount.PARTNER_GGD);
        open("intranet/initiatieven");
        click("search:new");

        assertEquals(GGD, new Select(byId("form:leads")).getFirstSelectedOption().getText(), "own organisation leads");
        type("form:title", title);
        type("form:description", "Gezonde keuzes in de schoolkantine.");
        check("Gezondheid & Welzijn");
        check("Jeugd");
        click("form:save");

        assertEquals(title, heading());
        assertTrue(messages().contains("Initiatief " + title + " is opgeslagen."), messages());
        assertEquals(1, TestDatabase.number("select count(*) from initiative i join initiative_lead l"
                + " on l.initiative_id = i.id join organisation o on o.id = l.organisation_id"
                + " where i.title = ? and o.name = ?", title, GGD));
        assertEquals("JEUGD", TestDatabase.text("select s.life_stage from initiative_life_stage s"
                + " join initiative i on i.id = s.initiative_id where i.title = ?", title));
        assertTrue(pageText().contains("Levensfasen\nJeugd"), pageText());
    }

    @Test
    void rejectedFormKeepsTheInputAndStoresNothing() {
        long before = TestDatabase.number("select count(*) from initiative");
        login(DemoAccount.MEDEWERKER);
        open("intranet/initiatief-bewerken");

        type("form:description", "Zonder titel en zonder trekker");
        type("form:contactEmail", "geen-adres");
        click("form:save");

        assertTrue(pageText().contains("Vul dit veld in."), pageText());
        assertTrue(pageText().contains("Kies ten minste één trekker."), pageText());
        assertEquals("Zonder titel en zonder trekker", byId("form:description").getAttribute("value"));
        assertEquals(before, TestDatabase.number("select count(*) from initiative"));
    }

    @Test
    void partnerAddsProgressWhereItTakesPartButCannotEdit() {
        long hsl = TestData.organisationId(HSL);
        long ggd = TestData.organisationId(GGD);
        String title = TestData.uniqueName("Samen bewegen");
        long id = TestData.initiative(api(DemoAccount.BEHEERDER), TestData.initiativeJson(title, hsl)
                .add("partnerIds", Json.createArrayBuilder().add(ggd))
                .build()).getJsonNumber("id").longValue();
        login(DemoAccount.PARTNER_GGD);
        open("intranet/initiatief?id=" + id);

        assertTrue(browser().findElements(By.id("edit")).isEmpty(), "a partner that does not lead cannot edit");
        type("progress:text", "Eerste wandelgroep gestart in de Merenwijk.");
        new Select(byId("progress:status")).selectByVisibleText("Afgerond");
        click("progress:add");

        assertTrue(messages().contains("De voortgang is toegevoegd."), messages());
        String updates = byId("updates").getText();
        assertTrue(updates.startsWith(browser().findElement(By.cssSelector(".progress-list h3")).getText()));
        assertTrue(updates.contains("Eerste wandelgroep gestart in de Merenwijk."), updates);
        assertTrue(updates.contains("Partner GGD Hollands Midden, GGD Hollands Midden"), updates);
        assertEquals("AFGEROND", TestDatabase.text("select status from initiative where id = ?", id));
    }

    @Test
    void partnerGetsNoEditFormForAnotherOrganisationsInitiative() {
        long hsl = TestData.organisationId(HSL);
        String title = TestData.uniqueName("Van de hogeschool");
        long id = TestData.initiative(api(DemoAccount.PARTNER_HSL), TestData.initiativeJson(title, hsl).build())
                .getJsonNumber("id").longValue();
        login(DemoAccount.PARTNER_GGD);

        open("intranet/initiatief-bewerken?id=" + id);
        assertEquals("Geen toegang", heading());

        open("intranet/initiatief?id=" + id);
        assertTrue(browser().findElements(By.id("progress:add")).isEmpty(), "no progress form for an outsider");
        assertEquals(title, TestDatabase.text("select title from initiative where id = ?", id));
    }

    @Test
    void searchFindsFinancieleWithoutTheAccentAndFiltersOnTheme() {
        long hsl = TestData.organisationId(HSL);
        String marker = TestData.uniqueName("scherm").replace(" ", "");
        TestData.initiative(api(DemoAccount.BEHEERDER), TestData.initiativeJson("Financiële stress " + marker, hsl)
                .add("themeIds", Json.createArrayBuilder().add(TestData.themeId("GEZONDHEID_WELZIJN")))
                .build());
        TestData.initiative(api(DemoAccount.BEHEERDER),
                TestData.initiativeJson("Financiële administratie " + marker, hsl).build());
        login(DemoAccount.MEDEWERKER);
        open("intranet/initiatieven");

        type("search:text", "financiele " + marker);
        click("search:find");
        assertEquals(2, rows());

        new Select(byId("search:theme")).selectByVisibleText("Gezondheid & Welzijn");
        click("search:find");
        assertEquals(1, rows());
        assertTrue(byId("search:table").getText().contains("Financiële stress " + marker));

        // The CSV link downloads the list as filtered now, with the session of the person logged in.
        String href = byId("search:csv").getAttribute("href");
        assertTrue(href.contains("theme=") && href.contains("q=financiele"), href);
        Object csv = ((org.openqa.selenium.JavascriptExecutor) browser()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);",
                href);
        assertTrue(csv.toString().contains("Financiële stress " + marker), csv.toString());
        assertFalse(csv.toString().contains("Financiële administratie " + marker), csv.toString());
    }

    @Test
    void myInitiativesShowOnlyMyOrganisations() {
        long hsl = TestData.organisationId(HSL);
        long ggd = TestData.organisationId(GGD);
        String marker = TestData.uniqueName("mijn").replace(" ", "");
        TestData.initiative(api(DemoAccount.BEHEERDER), TestData.initiativeJson("Van GGD " + marker, ggd).build());
        TestData.initiative(api(DemoAccount.BEHEERDER), TestData.initiativeJson("Van HSL " + marker, hsl).build());
        login(DemoAccount.PARTNER_GGD);

        click(By.linkText("Mijn initiatieven"));
        type("search:text", marker);
        click("search:find");

        assertEquals("Mijn initiatieven", heading());
        String table = byId("search:table").getText();
        assertTrue(table.contains("Van GGD " + marker), table);
        assertFalse(table.contains("Van HSL " + marker), table);
    }

    @Test
    void organisationFilterSuggestsNamesAndRefusesAnUnknownOne() {
        long hsl = TestData.organisationId(HSL);
        long ggd = TestData.organisationId(GGD);
        String marker = TestData.uniqueName("filter").replace(" ", "");
        TestData.initiative(api(DemoAccount.BEHEERDER), TestData.initiativeJson("Van GGD " + marker, ggd).build());
        TestData.initiative(api(DemoAccount.BEHEERDER), TestData.initiativeJson("Van HSL " + marker, hsl).build());
        login(DemoAccount.MEDEWERKER);
        open("intranet/initiatieven");
        type("search:text", marker);

        // Keyboard only: type part of the name without its capitals, pick the first suggestion with the arrow keys.
        byId("search:organisation_input").sendKeys("hollands mid");
        WebElement suggestion = new WebDriverWait(browser(), Duration.ofSeconds(10)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#search\\:organisation_panel li.ui-autocomplete-item")));
        assertEquals(GGD, suggestion.getText());
        assertAccessible();
        byId("search:organisation_input").sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitUntilIdle();
        assertEquals(GGD, byId("search:organisation_input").getAttribute("value"));
        click("search:find");
        String table = byId("search:table").getText();
        assertTrue(table.contains("Van GGD " + marker), table);
        assertFalse(table.contains("Van HSL " + marker), table);

        type("search:organisation_input", "Stichting Bestaat Niet");
        click("search:find");
        assertTrue(pageText().contains("Er is geen organisatie met de naam 'Stichting Bestaat Niet'."), pageText());
        assertEquals("Stichting Bestaat Niet", byId("search:organisation_input").getAttribute("value"));
        assertEquals("true", byId("search:organisation_input").getAttribute("aria-invalid"));
    }

    private int rows() {
        return browser().findElements(By.cssSelector("#search\\:table tbody tr[data-ri]")).size();
    }
}
