package nl.leiden.healthysociety.it.meeting;

import static nl.leiden.healthysociety.it.support.TestData.publishedMeeting;
import static nl.leiden.healthysociety.it.support.TestData.register;
import static nl.leiden.healthysociety.it.support.TestData.registrationJson;
import static nl.leiden.healthysociety.it.support.TestData.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import jakarta.json.Json;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * Meetings on the intranet: a medewerker plans, publishes and (after confirming) cancels one; a partner drafts one
 * for its own organisation; people are checked in at the door; and what came out of a Beleidslab is recorded.
 */
class MeetingBrowserIT extends BrowserTest {

    @Test
    void aMedewerkerPlansPublishesAndCancelsAMeeting() {
        String title = uniqueName("Kenniscafé gezond ouder worden");
        String email = TestMail.address("Aangemeld");
        login(DemoAccount.MEDEWERKER);
        open("intranet/bijeenkomsten");
        click("new");

        assertEquals("Nieuwe bijeenkomst", heading());
        type("form:title", title);
        type("form:topic", "Gezond ouder worden");
        type("form:capacity", "25");
        new Select(byId("form:organisers")).selectByVisibleText("Gemeente Leiden");
        click("form:save");

        assertEquals(title, heading());
        assertEquals("Concept", byId("status").getText());
        click("meeting:publish");
        assertEquals("Gepubliceerd", byId("status").getText());
        long meetingId = TestDatabase.number("select id from meeting where title = ?", title);
        register(anonymous(), meetingId, registrationJson("Aangemeld", email).build());

        open("intranet/bijeenkomst.xhtml?id=" + meetingId);
        click("meeting:cancelMeeting");
        assertTrue(pageText().contains("Weet u zeker dat u deze bijeenkomst wilt annuleren? De 1 aangemelde personen"),
                pageText());
        click("meeting:confirmCancel");

        assertEquals("Geannuleerd", byId("status").getText());
        TestMail.await(email, "Gaat niet door");
    }

    @Test
    void aRefusedMeetingFormKeepsWhatWasTyped() {
        login(DemoAccount.MEDEWERKER);
        open("intranet/bijeenkomst-bewerken");
        type("form:title", "Een bijeenkomst zonder organisator");
        type("form:capacity", "0");
        click("form:save");

        String text = pageText();
        assertTrue(text.contains("Vul een aantal plaatsen in van 1 tot en met 5000."), text);
        assertTrue(text.contains("Kies ten minste één organiserende organisatie."), text);
        assertEquals("Een bijeenkomst zonder organisator", byId("form:title").getAttribute("value"));
    }

    @Test
    void aPartnerDraftsAMeetingThatAMedewerkerPublishes() {
        String title = uniqueName("Kenniscafé van de GGD");
        login(DemoAccount.PARTNER_GGD);
        open("intranet/bijeenkomst-bewerken");
        assertTrue(new Select(byId("form:organisers")).getAllSelectedOptions().get(0).getText()
                .equals("GGD Hollands Midden"), "the partner's own organisation is chosen");
        type("form:title", title);
        click("form:save");

        assertEquals("Concept", byId("status").getText());
        assertTrue(browser().findElements(By.id("meeting:publish")).isEmpty(), "a partner does not publish");
        assertTrue(browser().findElements(By.id("registrations")).isEmpty(), "nor sees registrants");
    }

    @Test
    void peopleAreCheckedInAtTheDoorAndCounted() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long meetingId = publishedMeeting(medewerker, uniqueName("Kenniscafé deur"), 10);
        register(anonymous(), meetingId, registrationJson("Anna Bos", TestMail.address("Anna")).build());
        register(anonymous(), meetingId, registrationJson("Bram Smit", TestMail.address("Bram"))
                .add("kind", "STUDENT")
                .add("organisation", "Hogeschool Leiden")
                .build());
        login(DemoAccount.MEDEWERKER);
        open("intranet/bijeenkomst.xhtml?id=" + meetingId);
        click("checkIn");

        assertTrue(byId("present-count").getText().contains("0 van de 2 aanwezig"));
        type("checkin:search", "bram");
        waitFor(browser -> !pageText().contains("Anna Bos"));
        assertTrue(pageText().contains("Bram Smit"), pageText());
        click(By.cssSelector("button[aria-label='Aanwezig: Bram Smit']"));
        assertTrue(byId("present-count").getText().contains("1 van de 2 aanwezig"), byId("present-count").getText());

        open("intranet/bijeenkomst.xhtml?id=" + meetingId);
        String statistics = byId("statistics").getText();
        assertTrue(statistics.contains("1 aanwezig, 0 niet verschenen, 1 niet vastgelegd"), statistics);
        assertTrue(statistics.contains("Student: 1"), statistics);
        assertTrue(statistics.contains("Hogeschool Leiden (1)"), statistics);
    }

    @Test
    void whatCameOutOfABeleidslabIsRecordedAndAnActionPlanBecomesAnInitiative() {
        long lab = TestDatabase
                .number("select id from meeting where title = 'Beleidslab: Gezondheid in de binnenstad'");
        String insight = uniqueName("Schaduwrijke rustpunten langs de Singels");
        String plan = uniqueName("Proef met een pendelbus");
        login(DemoAccount.MEDEWERKER);
        open("intranet/bijeenkomst-uitkomsten.xhtml?id=" + lab);

        String text = pageText();
        assertTrue(text.contains("Ontmoeting") && text.contains("Mobiliteit") && text.contains("Groen"), text);
        assertTrue(text.contains("natuurlijk groen biedt meer voordelen voor welzijn en biodiversiteit."), text);

        new Select(byId("insightForm:insightGroup")).selectByVisibleText("Groen");
        type("insightForm:insightText", insight);
        click("insightForm:addInsight");
        assertTrue(byId("insights").getText().contains(insight));
        click(By.cssSelector("button[aria-label='Verwijderen: " + insight + "']"));
        confirm();
        assertTrue(messages().contains("Het inzicht is verwijderd."), messages());
        assertFalse(byId("insights").getText().contains(insight));

        type("planForm:planTitle", plan);
        new Select(byId("planForm:planOwner")).selectByVisibleText("Gemeente Leiden");
        type("planForm:planPeople", "Team mobiliteit");
        click("planForm:addPlan");
        assertTrue(byId("plans").getText().contains(plan), byId("plans").getText());

        click(By.cssSelector("button[aria-label='Voortgang toevoegen: " + plan + "']"));
        type("plans:followUpText", "Gesprek met de vervoerder gepland.");
        click("plans:saveFollowUp");
        assertTrue(byId("plans").getText().contains("Gesprek met de vervoerder gepland."));

        click(By.cssSelector("button[aria-label='Maak er een initiatief van: " + plan + "']"));
        assertEquals(plan, heading());
        assertTrue(messages().contains("Het actieplan is nu een initiatief"), messages());
        assertEquals(1,
                TestDatabase.number("select count(*) from action_plan where title = ? and initiative_id is not null",
                        plan));
    }

    @Test
    void theOutcomesOfAMeetingWithInsightsForTheWholeMeetingOpenForStaffWhoAddAnotherThere() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        String title = uniqueName("Beleidslab");
        long lab = TestData.meeting(medewerker, TestData.meetingJson(title, LocalDateTime.now()
                .plusDays(5)
                .withNano(0), 30, TestData.organisationId("Gemeente Leiden"))
                .add("type", "BELEIDSLAB")
                .add("themeGroups", Json.createArrayBuilder().add("Wonen").add("Werk"))
                .build());
        String general = uniqueName("Iedereen wil een vervolg");
        assertEquals(201, medewerker.post("api/intranet/meetings/" + lab + "/insights", Json.createObjectBuilder()
                .add("text", general)
                .build()).status());
        String another = uniqueName("De volgende keer in de wijk zelf");
        login(DemoAccount.MEDEWERKER);

        open("intranet/bijeenkomst-uitkomsten.xhtml?id=" + lab);

        assertEquals("Uitkomsten: " + title, heading(), pageText());
        assertTrue(byId("insights").getText().contains(general), pageText());
        Select group = new Select(byId("insightForm:insightGroup"));
        assertEquals(List.of("De hele bijeenkomst", "Wonen", "Werk"), group.getOptions()
                .stream()
                .map(WebElement::getText)
                .toList());
        assertEquals("De hele bijeenkomst", group.getFirstSelectedOption().getText());
        type("insightForm:insightText", another);
        click("insightForm:addInsight");
        assertTrue(messages().contains("Het inzicht is toegevoegd."), messages());
        assertTrue(byId("insights").getText().contains(another));
        assertEquals(2, TestDatabase.number(
                "select count(*) from insight where meeting_id = ? and theme_group_id is null", lab));
    }

    @Test
    void aBeheerderErasesAPersonsDataAfterConfirming() {
        long meetingId = publishedMeeting(api(DemoAccount.MEDEWERKER), uniqueName("Kenniscafé wissen"), 10);
        String email = TestMail.address("Te wissen");
        register(anonymous(), meetingId, registrationJson("Te Wissen", email).build());
        login(DemoAccount.BEHEERDER);
        open("beheer/persoonsgegevens");

        type("request:email", email);
        click("request:erase");
        assertTrue(pageText().contains("Weet u zeker dat u alle gegevens van " + email + " wilt wissen?"));
        click("request:confirmErase");

        assertTrue(messages().contains("1 aanmeldingen en 0 vragen aan het Meeting Point zijn geanonimiseerd"),
                messages());
        assertEquals(0, TestDatabase.number("select count(*) from registration where email_key = ?", email));
    }
}
