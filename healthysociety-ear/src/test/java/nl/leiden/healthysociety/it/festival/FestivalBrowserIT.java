package nl.leiden.healthysociety.it.festival;

import static nl.leiden.healthysociety.it.support.FestivalData.accept;
import static nl.leiden.healthysociety.it.support.FestivalData.firstDay;
import static nl.leiden.healthysociety.it.support.FestivalData.openEdition;
import static nl.leiden.healthysociety.it.support.FestivalData.place;
import static nl.leiden.healthysociety.it.support.FestivalData.proposal;
import static nl.leiden.healthysociety.it.support.FestivalData.room;
import static nl.leiden.healthysociety.it.support.FestivalData.slot;
import static nl.leiden.healthysociety.it.support.FestivalData.submit;
import static nl.leiden.healthysociety.it.support.FestivalData.venue;
import static nl.leiden.healthysociety.it.support.TestData.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/** The festival in the browser, for each of its users: proposer, reviewer, programme maker and visitor. */
class FestivalBrowserIT extends BrowserTest {

    @Test
    void aMedewerkerSetsUpAnEditionWithAVenueARoomAndASlot() {
        int year = (int) TestDatabase.number("select coalesce(max(festival_year), 2029) + 1 from festival_edition");
        login(DemoAccount.MEDEWERKER);
        open("intranet/kennisfestival");
        click("newEdition");

        assertEquals("Nieuwe festivaleditie", heading());
        type("edition:year", Integer.toString(year));
        type("edition:theme", "Samen gezond");
        setValue("edition:firstDay", year + "-10-02");
        setValue("edition:lastDay", year + "-10-03");
        setValue("edition:callOpensAt", year + "-03-01T09:00");
        setValue("edition:callClosesAt", year + "-06-01T17:00");
        click("edition:save");
        assertEquals("Festivaleditie " + year, heading());

        type("venue:venueName", "Pieterskerk");
        click("venue:addVenue");
        new Select(byId("room:roomVenue")).selectByVisibleText("Pieterskerk");
        type("room:roomName", "Koorzaal");
        type("room:roomCapacity", "40");
        type("room:roomAccessibility", "Drempelvrij");
        click("room:addRoom");
        assertTrue(byId("venues").getText().contains("Koorzaal: 40 personen · Drempelvrij"), byId("venues").getText());
        setValue("slot:slotFrom", "10:00");
        setValue("slot:slotTo", "11:00");
        click("slot:addSlot");
        assertTrue(byId("slots").getText().contains("10:00–11:00"), byId("slots").getText());
    }

    /** Sets a date, time or number input the way a browser's picker would. */
    private void setValue(String clientId, String value) {
        ((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1];", byId(clientId), value);
    }

    @Test
    void aPartnerProposesASessionAndWithdrawsItAfterConfirming() {
        long edition = openEdition(api(DemoAccount.MEDEWERKER));
        String title = uniqueName("Wandelen met ouderen");
        login(DemoAccount.PARTNER_GGD);
        open("intranet/kennisfestival.xhtml?editie=" + edition);
        click("propose");

        assertEquals("Sessie voorstellen", heading());
        type("form:title", title);
        type("form:summary", "Samen wandelen en praten over gezond ouder worden.");
        check("Workshop");
        type("form:speakers", "Anna de Wit: fysiotherapeut\nBram Smit");
        type("form:contactName", "Anna de Wit");
        type("form:contactEmail", TestMail.address("Anna"));
        click("form:save");

        assertEquals(title, heading());
        assertEquals("Ingediend", byId("status").getText());
        assertTrue(messages().contains("is ingediend"), messages());
        click("form:withdraw");
        assertTrue(pageText().contains("Weet u zeker dat u dit voorstel wilt intrekken?"));
        click("form:confirmWithdraw");
        assertEquals("Ingetrokken", byId("status").getText());
    }

    @Test
    void aRefusedProposalKeepsWhatWasTyped() {
        long edition = openEdition(api(DemoAccount.MEDEWERKER));
        login(DemoAccount.PARTNER_GGD);
        open("intranet/sessievoorstel.xhtml?editie=" + edition);
        type("form:title", "Zonder sprekers");
        click("form:save");

        String text = pageText();
        assertTrue(text.contains("Noem ten minste één spreker."), text);
        assertEquals("Zonder sprekers", byId("form:title").getAttribute("value"));
    }

    @Test
    void aReviewerScoresAndDecidesAndTheProposerIsEmailed() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long edition = openEdition(medewerker);
        String contact = TestMail.address("Indiener");
        String title = uniqueName("Voorstel ter beoordeling");
        submit(api(DemoAccount.PARTNER_GGD), edition, proposal(title, "GGD Hollands Midden", contact));
        login(DemoAccount.MEDEWERKER);
        open("intranet/festival-beoordelen.xhtml?editie=" + edition);

        click(By.cssSelector("button[aria-label='Beoordelen: " + title + "']"));
        new Select(byId("review:score")).selectByVisibleText("4");
        type("review:comment", "Goed onderbouwd");
        click("review:saveReview");
        assertTrue(byId("reviews").getText().contains("4.0 (1)"), byId("reviews").getText());

        new Select(byId("review:decision")).selectByVisibleText("Geaccepteerd");
        type("review:feedback", "Welkom op het festival!");
        click("review:decide");
        confirm();
        assertTrue(messages().contains("Het besluit is vastgelegd"), messages());
        assertTrue(TestMail.text(TestMail.await(contact, "Besluit over uw sessievoorstel"))
                .contains("Welkom op het festival!"));
    }

    @Test
    void theProgrammeMakerSeesAConflictSolvesItAndPublishes() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long edition = openEdition(medewerker);
        long room = room(medewerker, venue(medewerker, edition, "Pieterskerk"), "Koorzaal", 40);
        LocalDate day = firstDay(medewerker, edition);
        long morning = slot(medewerker, edition, day, "10:00", "11:00");
        slot(medewerker, edition, day, "14:00", "15:00");
        String first = uniqueName("Eerste sessie");
        String second = uniqueName("Tweede sessie");
        long a = submit(api(DemoAccount.PARTNER_GGD), edition, proposal(first, "GGD Hollands Midden",
                TestMail.address("GGD"), "Spreker A"));
        long b = submit(api(DemoAccount.PARTNER_GGD), edition, proposal(second, "GGD Hollands Midden",
                TestMail.address("GGD"), "Spreker B"));
        accept(medewerker, a);
        accept(medewerker, b);
        place(medewerker, a, room, morning);
        place(medewerker, b, room, morning);
        login(DemoAccount.MEDEWERKER);
        open("intranet/festival-programma.xhtml?editie=" + edition);

        assertTrue(byId("conflicts").getText().contains("Zaal dubbel geboekt"), byId("conflicts").getText());
        click("place:publish");
        confirm();
        assertTrue(messages().contains("conflict"), messages());

        new Select(byId("place:session")).selectByVisibleText(second + " ✓");
        new Select(byId("place:room")).selectByVisibleText("Pieterskerk, Koorzaal (40)");
        new Select(byId("place:slot")).selectByIndex(2);
        click("place:doPlace");
        assertTrue(pageText().contains("Geen conflicten"), pageText());
        click("place:publish");
        confirm();
        assertTrue(byId("state").getText().contains("is gepubliceerd"), byId("state").getText());
    }

    @Test
    void aSessionIsDraggedOntoTheGrid() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long edition = openEdition(medewerker);
        long room = room(medewerker, venue(medewerker, edition, "Pieterskerk"), "Koorzaal", 40);
        LocalDate day = firstDay(medewerker, edition);
        slot(medewerker, edition, day, "10:00", "11:00");
        long afternoon = slot(medewerker, edition, day, "14:00", "15:00");
        String title = uniqueName("Te slepen sessie");
        long session = submit(api(DemoAccount.PARTNER_GGD), edition, proposal(title, "GGD Hollands Midden",
                TestMail.address("GGD")));
        accept(medewerker, session);
        login(DemoAccount.MEDEWERKER);
        open("intranet/festival-programma.xhtml?editie=" + edition);
        assertTrue(byId("unplaced").getText().contains(title));

        ((JavascriptExecutor) browser()).executeScript("var title = arguments[0], room = arguments[1],"
                + " slot = arguments[2]; var card = Array.from(document.querySelectorAll('[data-proposal]'))"
                + ".find(function (e) { return e.textContent.indexOf(title) >= 0; });"
                + " var cell = document.querySelector('td[data-room=\"' + room + '\"][data-slot=\"' + slot + '\"]');"
                + " var data = new DataTransfer();"
                + " card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
                + " cell.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));"
                + " cell.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));",
                title, room, afternoon);
        pageChanged();

        assertTrue(messages().contains("De sessie is geplaatst."), messages());
        assertTrue(find(By.cssSelector("td[data-room='" + room + "'][data-slot='" + afternoon + "']")).getText()
                .contains(title));
        assertEquals(afternoon, TestDatabase.number("select slot_id from session_proposal where id = ?", session));
    }

    @Test
    void aVisitorFindsTheProgrammeRegistersAndSeesTheirOwnProgramme() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long edition = openEdition(medewerker);
        int year = (int) TestDatabase.number("select festival_year from festival_edition where id = ?", edition);
        long room = room(medewerker, venue(medewerker, edition, "De StadsKamer"), "Huiskamer", 30);
        long morning = slot(medewerker, edition, firstDay(medewerker, edition), "10:00", "11:00");
        String title = uniqueName("Sessie voor bezoekers");
        long session = submit(api(DemoAccount.PARTNER_GGD), edition, proposal(title, "GGD Hollands Midden",
                TestMail.address("GGD")));
        accept(medewerker, session);
        place(medewerker, session, room, morning);
        medewerker.post("api/intranet/festival/editions/" + edition + "/publish", null);
        String email = TestMail.address("Festivalbezoeker");

        open("kennisfestival.xhtml?jaar=" + year);
        assertTrue(heading().startsWith("Leids Kennisfestival"), heading());
        new Select(byId("zaal")).selectByVisibleText("De StadsKamer, Huiskamer");
        click("show");
        assertTrue(browser().getCurrentUrl().contains("zaal="), browser().getCurrentUrl());
        assertTrue(byId("programme").getText().contains(title));
        click(By.linkText(title));
        type("registration:name", "Festivalbezoeker");
        type("registration:email", email);
        check("Inwoner");
        check("Ik geef toestemming");
        click("registration:submit");
        assertTrue(byId("outcome").getText().contains("U bent aangemeld"));

        String mail = TestMail.text(TestMail.await(email, title));
        assertTrue(mail.contains("mijn-festivalprogramma.xhtml?code="), mail);
        open("mijn-festivalprogramma.xhtml?code=" + TestMail.registrationCode(TestMail.await(email, title)));
        assertEquals("Mijn festivalprogramma", heading());
        assertTrue(byId("sessions").getText().contains(title));
    }
}
