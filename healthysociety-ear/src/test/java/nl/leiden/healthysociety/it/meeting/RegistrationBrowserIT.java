package nl.leiden.healthysociety.it.meeting;

import static nl.leiden.healthysociety.it.support.TestData.publishedMeeting;
import static nl.leiden.healthysociety.it.support.TestData.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/** A resident registers on the public pages, without an account, and cancels through the link in the e-mail. */
class RegistrationBrowserIT extends BrowserTest {

    @Test
    void aResidentRegistersFromTheCalendarAndCancelsThroughTheEmailedLink() {
        String title = uniqueName("Kenniscafé in de browser");
        long meetingId = publishedMeeting(api(DemoAccount.MEDEWERKER), title, 20);
        String email = TestMail.address("Samira El Amrani");

        open("activiteiten");
        assertEquals("Agenda: Kenniscafés en Beleidslabs", heading());
        click(By.linkText(title));
        assertEquals(title, heading());
        assertTrue(pageText().contains("Nog 20 van de 20 plaatsen vrij"), pageText());
        type("registration:name", "Samira El Amrani");
        type("registration:email", email);
        check("Inwoner");
        new Select(byId("registration:area")).selectByVisibleText("Stevenshofdistrict");
        type("registration:needs", "Een plek dicht bij de deur");
        check("Ik geef toestemming");
        click("registration:submit");

        assertTrue(byId("outcome").getText().contains("U bent aangemeld"), pageText());
        assertTrue(pageText().contains("Nog 19 van de 20 plaatsen vrij"), pageText());

        String code = TestMail.registrationCode(TestMail.await(email, "Aanmelding bevestigd"));
        open("aanmelding.xhtml?code=" + code);
        assertEquals("Bevestigd", byId("status").getText());
        assertTrue(pageText().contains("Een plek dicht bij de deur"));
        click("registration:cancel");
        assertTrue(pageText().contains("Weet u zeker dat u uw aanmelding wilt annuleren?"));
        click("registration:keep");
        assertEquals("Bevestigd", byId("status").getText(), "keeping changes nothing");
        click("registration:cancel");
        click("registration:confirmCancel");

        assertEquals("Geannuleerd", byId("status").getText());
        assertTrue(messages().contains("Uw aanmelding is geannuleerd"), messages());
        assertEquals("CANCELLED", TestDatabase.text("select status from registration where meeting_id = ?",
                meetingId));
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndSaysWhatIsWrong() {
        long meetingId = publishedMeeting(api(DemoAccount.MEDEWERKER), uniqueName("Kenniscafé fouten"), 20);
        open("bijeenkomst.xhtml?id=" + meetingId);

        type("registration:name", "Kees Jansen");
        type("registration:email", "kees@voorbeeld");
        click("registration:submit");

        String text = pageText();
        assertTrue(text.contains("Vul een geldig e-mailadres in"), text);
        assertTrue(text.contains("Geef toestemming om u aan te kunnen melden."), text);
        assertTrue(text.contains("Vul dit veld in."), "the kind of registrant is missing: " + text);
        assertEquals("Kees Jansen", byId("registration:name").getAttribute("value"));
        assertEquals("true", byId("registration:email").getAttribute("aria-invalid"));
        assertEquals(0, TestDatabase.number("select count(*) from registration where meeting_id = ?", meetingId));
    }

    @Test
    void aNameWithMarkupIsShownAsTextEverywhere() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long meetingId = publishedMeeting(medewerker, uniqueName("Kenniscafé opmaak"), 20);
        String name = "<script>window.hacked=true</script><b>Piet</b>";
        open("bijeenkomst.xhtml?id=" + meetingId);
        type("registration:name", name);
        type("registration:email", TestMail.address("Piet"));
        check("Professional");
        check("Ik geef toestemming");
        click("registration:submit");
        assertTrue(byId("outcome").getText().contains("U bent aangemeld"));

        login(DemoAccount.MEDEWERKER);
        open("intranet/bijeenkomst.xhtml?id=" + meetingId);

        assertTrue(byId("registrations").getText().contains(name), byId("registrations").getText());
        assertFalse(Boolean.TRUE.equals(((JavascriptExecutor) browser())
                .executeScript("return window.hacked === true")), "the script did not run");
    }

    @Test
    void aCancelledMeetingShowsWhyThereIsNoForm() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long meetingId = publishedMeeting(medewerker, uniqueName("Kenniscafé afgelast"), 20);
        medewerker.post("api/intranet/meetings/" + meetingId + "/cancel", null);

        open("bijeenkomst.xhtml?id=" + meetingId);

        assertTrue(pageText().contains("Deze bijeenkomst is geannuleerd; aanmelden kan niet meer."), pageText());
        assertTrue(browser().findElements(By.id("registration:submit")).isEmpty());
    }
}
