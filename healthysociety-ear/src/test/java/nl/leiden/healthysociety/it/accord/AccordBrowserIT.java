package nl.leiden.healthysociety.it.accord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;

/** The accord's dashboard, an indicator's charts and its measurement form, and the public summary. */
class AccordBrowserIT extends BrowserTest {

    private static final List<String> AMBITIONS = List.of("Partners werken samen en betrekken inwoners",
            "Inwoners van Leiden hebben een gezond gewicht", "Leidse jeugd groeit rookvrij op",
            "Inwoners van Leiden zijn mentaal gezond");

    @Test
    void dashboardShowsTheAmbitionsAndAnIndicatorItsChartsAndDifferences() {
        login(DemoAccount.PARTNER_GGD);
        click(By.linkText("Preventieakkoord"));
        // Other tests add successor accords; this one looks at the accord from the source documents.
        open("intranet/preventieakkoord?id="
                + TestDatabase.number("select id from prevention_accord where name = 'Leiden Gezond en Vitaal'"));

        assertEquals("Leiden Gezond en Vitaal 2021–2023", heading());
        List<String> headings = browser().findElements(By.cssSelector("section.ambition h2"))
                .stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(AMBITIONS, headings);
        assertTrue(byId("illustrative").getText().contains("illustratief"), "demo values are labelled");
        assertTrue(pageText().contains("Hoe bepalen we de status?"));
        assertTrue(byId("matrix").isDisplayed(), "the initiatives per ambition and area");

        click(By.linkText("Jongeren die ooit gerookt hebben"));

        assertEquals("Jongeren die ooit gerookt hebben", heading());
        assertTrue(byId("line-chart").findElements(By.cssSelector("circle")).size() >= 4, "a point per year");
        assertEquals(1, byId("line-chart").findElements(By.cssSelector(".target-line")).size());
        assertEquals(10, byId("bar-chart").findElements(By.cssSelector("rect")).size(), "one bar per district");
        assertEquals(10, byId("district-map").findElements(By.cssSelector("rect")).size());
        assertTrue(byId("district-differences").getText().contains("Leiden-Noord"), "the worst district is named");
        assertTrue(pageText().contains("Het verschil wordt kleiner"), pageText());
        assertTrue(browser().findElements(By.id("measurement:save")).isEmpty(), "partners do not enter figures");
    }

    @Test
    void medewerkerEntersAMeasurementAndReplacesItOnlyWhenConfirmed() {
        long indicator = AccordApiIT.indicator(api(DemoAccount.MEDEWERKER), "ROOKVRIJ", "LOWER_IS_BETTER",
                "PERCENTAGE", "STAD", "DISTRICT");
        login(DemoAccount.MEDEWERKER);
        open("intranet/indicator?id=" + indicator);
        assertTrue(pageText().contains("Geen data"), pageText());

        type("measurement:period", "2022");
        new Select(byId("measurement:area")).selectByVisibleText("Leiden");
        type("measurement:value", "120");
        click("measurement:save");
        assertTrue(pageText().contains("Een percentage ligt tussen 0 en 100."), pageText());
        assertEquals("120", byId("measurement:value").getAttribute("value"), "the input is kept");
        assertEquals(0, TestDatabase.number("select count(*) from measurement where indicator_id = ?", indicator));

        type("measurement:value", "15,5");
        click("measurement:save");
        assertTrue(messages().contains("De meting is opgeslagen."), messages());
        // 15.5 in 2022 against a line from 20 (2020) to 10 (2030) that gives 18: on course.
        assertEquals("Op koers", byId("status").getText());

        type("measurement:period", "2022");
        new Select(byId("measurement:area")).selectByVisibleText("Leiden");
        type("measurement:value", "19");
        click("measurement:save");
        assertTrue(messages().contains("Voor 2022 in Leiden is al een waarde ingevuld (15,5)"), messages());
        assertEquals("15.500", TestDatabase.text("select cast(measured as varchar) from measurement"
                + " where indicator_id = ?", indicator));

        click("measurement:replace");
        assertTrue(messages().contains("De meting is vervangen."), messages());
        assertEquals("19.000", TestDatabase.text("select cast(measured as varchar) from measurement"
                + " where indicator_id = ?", indicator));
        assertEquals("Achter", byId("status").getText());
    }

    @Test
    void medewerkerStartsASuccessorAccordThatCarriesOverTheAmbitionsStillRunningAndWritesTheReportText() {
        String name = TestData.uniqueName("Leiden Gezond en Vitaal");
        login(DemoAccount.MEDEWERKER);
        open("intranet/preventieakkoord");
        click("newAccord");

        type("form:name", name);
        long lastYear = TestDatabase.number("select max(end_year) from prevention_accord");
        assertEquals(String.valueOf(lastYear + 1), byId("form:startYear").getAttribute("value"),
                "starts after the newest accord");
        // Follows on from the accord of the source documents (other tests may have added newer ones).
        new Select(byId("form:predecessor")).selectByVisibleText("Leiden Gezond en Vitaal 2021–2023");
        pageChanged();
        WebElement smoking = browser()
                .findElement(By.xpath("//label[normalize-space(.)='Leidse jeugd groeit rookvrij op']"));
        WebElement box = byId(smoking.getAttribute("for"));
        assertTrue(box.isSelected(), "all ambitions are carried over by default");
        box.sendKeys(Keys.SPACE);
        click("form:save");

        assertEquals(name + " " + (lastYear + 1) + "–" + (lastYear + 4), heading());
        List<String> headings = browser().findElements(By.cssSelector("section.ambition h2"))
                .stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(List.of(AMBITIONS.get(0), AMBITIONS.get(1), AMBITIONS.get(3)), headings);

        WebElement text = browser().findElement(By.cssSelector("section.ambition textarea"));
        text.sendKeys("Meer partners doen mee dan verwacht.");
        click(By.cssSelector("section.ambition button[id$=':report:save']"));
        assertTrue(messages().contains("De toelichting is opgeslagen."), messages());
        assertEquals("Meer partners doen mee dan verwacht.", TestDatabase.text("select l.report_text"
                + " from accord_ambition l join prevention_accord a on a.id = l.accord_id join ambition m"
                + " on m.id = l.ambition_id where a.name = ? and m.code = 'SAMENWERKEN'", name));

        type("ambition:name", "Inwoners bewegen meer");
        type("ambition:goals", "Meer kinderen op de fiets naar school");
        click("ambition:add");
        assertTrue(messages().contains("Ambitie Inwoners bewegen meer is toegevoegd."), messages());
        List<WebElement> sections = browser().findElements(By.cssSelector("section.ambition"));
        WebElement added = sections.get(sections.size() - 1);
        assertEquals("Inwoners bewegen meer", added.findElement(By.tagName("h2")).getText());

        added.findElement(By.linkText("Ambitie en doelen bewerken")).click();
        pageChanged();
        assertEquals("Meer kinderen op de fiets naar school", byId("form:goals").getAttribute("value"));
        type("form:goals", "Meer kinderen op de fiets naar school\nEen beweegroute in elke wijk");
        click("form:save");
        assertTrue(pageText().contains("Een beweegroute in elke wijk"), pageText());
    }

    @Test
    void medewerkerAddsAnIndicatorAndGetsClearMessagesForAnImpossibleTarget() {
        String name = TestData.uniqueName("Kinderen die dagelijks buiten spelen");
        login(DemoAccount.MEDEWERKER);
        open("intranet/indicator-bewerken?ambitie=" + AccordApiIT.ambitionId("GEZOND_GEWICHT"));

        type("form:name", name);
        new Select(byId("form:direction")).selectByVisibleText("Hoger is beter");
        type("form:baselineYear", "2022");
        type("form:baselineValue", "48,5");
        type("form:targetYear", "2020");
        type("form:targetValue", "120");
        click("form:save");

        assertTrue(pageText().contains("Het doeljaar moet na het jaar van de nulmeting liggen."), pageText());
        assertTrue(pageText().contains("Een percentage ligt tussen 0 en 100."), pageText());
        assertEquals(name, byId("form:name").getAttribute("value"), "the input is kept");
        assertEquals(0, TestDatabase.number("select count(*) from indicator where name = ?", name));

        type("form:targetYear", "2030");
        type("form:targetValue", "60");
        click("form:save");

        assertEquals(name, heading());
        assertTrue(messages().contains("Indicator " + name + " is opgeslagen."), messages());
        assertEquals("48.500", TestDatabase.text("select cast(baseline_value as varchar) from indicator where name = ?",
                name));
    }

    @Test
    void residentsSeeTheAmbitionsAndStatusWithoutLoggingIn() {
        open("");
        click(By.linkText("Preventieakkoord"));

        // The newest accord is shown: the one from the source documents, or a successor another test added.
        long newest = TestDatabase.number("select id from prevention_accord order by start_year desc, name limit 1");
        assertEquals(
                "Preventieakkoord: " + TestDatabase.text("select name from prevention_accord where id = ?", newest),
                heading().replaceFirst(" \\d{4}–\\d{4}$", ""));
        String text = pageText();
        assertTrue(
                text.contains("Leidse jeugd groeit rookvrij op")
                        || text.contains("Inwoners van Leiden zijn mentaal gezond"),
                text);
        assertTrue(text.contains("Op koers") || text.contains("Achter"), text);
        assertFalse(browser().findElements(By.cssSelector("a[href*='/intranet/']")).stream()
                .anyMatch(a -> a.getText().contains("gerookt")), "no links into the intranet");
    }
}
