package nl.leiden.healthysociety.it.question;

import static nl.leiden.healthysociety.it.support.TestData.ask;
import static nl.leiden.healthysociety.it.support.TestData.questionJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/** The Meeting Point on screen: a resident asks and follows the question, staff and partners handle it. */
class MeetingPointBrowserIT extends BrowserTest {

    @Test
    void aResidentAsksWithAnAttachmentAndFollowsTheQuestionThroughTheEmailedLink() throws IOException {
        String email = TestMail.address("Anouk de Vries");
        Path letter = Files.createTempFile("brief", ".pdf");
        Files.write(letter, QuestionFiles.pdf());

        open("");
        click(By.linkText("Vraag stellen"));
        assertEquals("Een vraag aan het Meeting Point", heading());
        type("ask:name", "Anouk de Vries");
        type("ask:email", email);
        check("Initiatiefnemer");
        new Select(byId("ask:area")).selectByVisibleText("Stevenshofdistrict");
        type("ask:text", "Wij willen een wandelgroep starten voor ouderen. Wie kan ons helpen?");
        byId("ask:files").sendKeys(letter.toAbsolutePath().toString());
        check("Ik ga hiermee akkoord");
        click("ask:submit");

        String receipt = byId("receipt").getText();
        assertTrue(receipt.contains("Uw vraag is ontvangen met referentienummer MP-"), receipt);
        MimeMessage mail = TestMail.await(email, "Uw vraag aan het Meeting Point");
        open("mijn-vraag.xhtml?code=" + TestMail.questionCode(mail));
        assertEquals("Nieuw", byId("status").getText());
        assertTrue(pageText().contains("wandelgroep"), pageText());
        assertTrue(pageText().contains(letter.getFileName().toString()), pageText());
        assertTrue(pageText().contains("Er is nog geen antwoord"));

        type("reply:text", "Wij zitten in de Stevenshof, bij het winkelcentrum.");
        click("reply:send");

        assertTrue(messages().contains("Uw bericht is verstuurd"), messages());
        assertTrue(byId("conversation").getText().contains("bij het winkelcentrum"), byId("conversation").getText());
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndNamesTheFileThatIsNotWhatItSays() throws IOException {
        String email = TestMail.address("Verkeerd bestand");
        Path renamed = Files.createTempFile("foto", ".pdf");
        Files.write(renamed, QuestionFiles.png());
        open("vraag-stellen");
        type("ask:name", "Kees Jansen");
        type("ask:email", email);
        check("Inwoner");
        type("ask:text", "Mijn vraag over de buurt");
        byId("ask:files").sendKeys(renamed.toAbsolutePath().toString());
        check("Ik ga hiermee akkoord");
        click("ask:submit");

        assertTrue(pageText().contains("Het bestand " + renamed.getFileName() + " is niet wat de naam zegt"),
                pageText());
        assertEquals("Kees Jansen", byId("ask:name").getAttribute("value"));
        assertEquals("Mijn vraag over de buurt", byId("ask:text").getAttribute("value"));
        assertEquals(0, TestDatabase.number("select count(*) from question where asker_email_key = ?", email));
    }

    @Test
    void aMedewerkerAssignsNotesAndAnswersAndThePartnerSeesOnlyItsOwnQuestion() {
        String email = TestMail.address("Scherm vraag");
        long id = ask(anonymous(), questionJson("Jan Scherm", email).build());
        long other = ask(anonymous(), questionJson("Ander", TestMail.address("Ander")).build());
        String reference = api(DemoAccount.MEDEWERKER).get("api/intranet/questions/" + id).json()
                .getString("reference");

        login(DemoAccount.MEDEWERKER);
        click(By.linkText("Meeting Point"));
        assertTrue(byId("inbox").getText().contains(reference), byId("inbox").getText());
        click(By.linkText(reference));
        assertEquals("Vraag " + reference, heading());
        check("GGD Hollands Midden");
        click("assignment:assign");
        assertTrue(byId("assigned").getText().contains("GGD Hollands Midden"), byId("assigned").getText());
        type("note:text", "INTERN: eerst bellen met de wijkcoach");
        click("note:save");
        assertTrue(byId("history").getText().contains("eerst bellen met de wijkcoach"));
        logout();

        login(DemoAccount.PARTNER_GGD);
        open("intranet/meetingpoint");
        assertTrue(byId("inbox").getText().contains(reference));
        assertFalse(pageText().contains("Agenda Meeting Point-overleg"), "the agenda is the Center's");
        open("intranet/vraag.xhtml?id=" + id);
        assertTrue(byId("history").getText().contains("eerst bellen met de wijkcoach"));
        type("answer:text", "U kunt terecht bij het spreekuur van de wijkverpleging.");
        click("answer:send");
        assertEquals("Beantwoord", byId("status").getText());
        open("intranet/vraag.xhtml?id=" + other);
        assertEquals("Geen toegang", heading());
        assertFalse(pageText().contains("eenzaamheid"), "nothing of the other question shows");
        logout();

        MimeMessage answer = TestMail.await(email, "Antwoord op uw vraag");
        assertTrue(TestMail.text(answer).contains("spreekuur van de wijkverpleging"));
        assertFalse(TestMail.text(answer).contains("INTERN"));
    }

    @Test
    void aPartnerHandsAQuestionBackAfterConfirming() {
        long id = ask(anonymous(), questionJson("Teruggeven", TestMail.address("Teruggeven")).build());
        api(DemoAccount.MEDEWERKER).put("api/intranet/questions/" + id + "/assignment", Json.createObjectBuilder()
                .add("organisationIds", Json.createArrayBuilder().add(TestData.organisationId("Hogeschool Leiden")))
                .build());

        login(DemoAccount.PARTNER_HSL);
        open("intranet/vraag.xhtml?id=" + id);
        type("handBack:reason", "Dit past beter bij de GGD");
        click("handBack:handBackButton");
        assertTrue(pageText().contains("Weet u zeker dat u deze vraag teruggeeft?"));
        click("handBack:keep");
        assertEquals("DOORVERWEZEN", TestDatabase.text("select status from question where id = ?", id));
        click("handBack:handBackButton");
        click("handBack:confirmHandBack");

        assertTrue(messages().contains("De vraag is teruggegeven aan het Center"), messages());
        assertEquals("IN_BEHANDELING", TestDatabase.text("select status from question where id = ?", id));
    }

    @Test
    void theMeetingPointMeetingRecordsDecisionsAndTheFiguresShowWhatWaitsTooLong() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long id = ask(anonymous(), questionJson("Overleg", TestMail.address("Overleg")).build());
        String reference = medewerker.get("api/intranet/questions/" + id).json().getString("reference");
        TestDatabase.update("update question set waiting_since = created_at - interval '8 days' where id = ?", id);

        login(DemoAccount.MEDEWERKER);
        open("intranet/meetingpoint.xhtml?wachtTeLang=true");
        assertTrue(byId("inbox").getText().contains(reference), byId("inbox").getText());
        assertTrue(byId("inbox").getText().contains("Wacht te lang"));
        click("agendaLink");
        assertEquals("Agenda Meeting Point-overleg", heading());
        String decisionField = browser().findElement(By.xpath("//a[normalize-space(.)='" + reference
                + "']/ancestor::li//textarea")).getAttribute("id");
        type(decisionField, "Voorleggen aan het netwerk ouderenzorg");
        click(decisionField.replace("decision", "decide"));

        assertTrue(messages().contains("Het besluit is vastgelegd"), messages());
        assertEquals(1, TestDatabase.number("select count(*) from question_decision where question_id = ?", id));
        open("intranet/meetingpoint-cijfers");
        assertEquals("Meeting Point in cijfers", heading());
        assertTrue(byId("waiting").getText().contains(reference), byId("waiting").getText());
    }

    @Test
    void theInboxShowsTwentyFiveQuestionsAPageAndThePaginatorMovesOnByKeyboard() {
        String marker = TestData.uniqueName("Inboxpagina");
        try {
            InboxQuestions.add(marker, 55);
            List<Long> expected = InboxQuestions.openInOrder();

            login(DemoAccount.MEDEWERKER);
            open("intranet/meetingpoint");
            assertEquals(expected.subList(0, 25), shownIds());
            assertTrue(byId("inbox").getText().contains("Vragen 1 tot en met 25 van " + expected.size()),
                    byId("inbox").getText());

            WebElement next = find(By.cssSelector("#inbox\\:questions .ui-paginator-next"));
            next.sendKeys(Keys.ENTER);
            waitFor(browser -> !shownIds().equals(expected.subList(0, 25)));
            assertEquals(expected.subList(25, 50), shownIds());
            assertTrue(byId("inbox").getText().contains("Vragen 26 tot en met 50 van " + expected.size()),
                    byId("inbox").getText());

            new Select(find(By.cssSelector("#inbox\\:questions .ui-paginator-rpp-options"))).selectByValue("50");
            waitFor(browser -> shownIds().size() == Math.min(50, expected.size()));
            assertEquals(expected.subList(0, 50), shownIds(), "a new page size starts again at the top");
        } finally {
            InboxQuestions.remove(marker);
        }
    }

    /**
     * The questions in the inbox table as it shows them, by the id in their reference; read in one script, so an
     * Ajax update that replaces the rows halfway cannot leave a stale element behind.
     */
    private List<Long> shownIds() {
        List<?> references = (List<?>) ((JavascriptExecutor) browser()).executeScript("return Array.from("
                + "document.querySelectorAll('#inbox\\\\:questions_data > tr > td:first-child a'))"
                + ".map(link => link.textContent.trim());");
        return references.stream().map(reference -> TestData.questionId((String) reference)).toList();
    }
}
