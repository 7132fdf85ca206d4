package nl.leiden.healthysociety.it.question;

import static nl.leiden.healthysociety.it.support.TestData.ask;
import static nl.leiden.healthysociety.it.support.TestData.questionJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * The Meeting Point over time: questions that wait too long stand out and their holders are reminded, the
 * partners' meeting works from an agenda with decisions, the figures, and the asker's data leaving on time or on
 * request.
 */
class MeetingPointJobsIT extends ServerTest {

    @Test
    void aQuestionWaitingLongerThanTheLimitStandsOutAndItsHolderIsRemindedOnce() {
        Api beheerder = api(DemoAccount.BEHEERDER);
        String contact = TestMail.address("Contact wijkorganisatie");
        JsonObject organisation = beheerder.post("api/organisaties",
                TestData.organisationJson(TestData.uniqueName("Wijkorganisatie")).add("contactEmail", contact).build())
                .json();
        long id = ask(anonymous(), questionJson("Wachtend", TestMail.address("Wachtend")).build());
        Api medewerker = api(DemoAccount.MEDEWERKER);
        medewerker.put("api/intranet/questions/" + id + "/assignment", Json.createObjectBuilder()
                .add("organisationIds", Json.createArrayBuilder().add(organisation.getJsonNumber("id"))).build());
        String reference = medewerker.get("api/intranet/questions/" + id).json().getString("reference");
        TestMail.await(contact, "Vraag " + reference + " is aan u doorgezet");
        TestDatabase.update("update question set waiting_since = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(6), id);

        Api.Response run = beheerder.post("api/beheer/jobs/question-reminders", null);
        assertEquals(200, run.status(), run::toString);
        TestMail.await(contact, "Herinnering: vraag " + reference + " wacht op antwoord");
        beheerder.post("api/beheer/jobs/question-reminders", null);
        beheerder.post("api/beheer/jobs/mail", null);
        TestMail.sleep(1000);
        assertEquals(1, TestMail.count(contact, "Herinnering: vraag " + reference));
        assertTrue(TestMail.text(TestMail.await(contact, "Herinnering: vraag " + reference))
                .contains("wacht al 6 dagen"));

        assertTrue(TestData.inbox(medewerker, "wachtTeLang=true").stream()
                .anyMatch(q -> q.getString("reference").equals(reference) && q.getBoolean("waitingTooLong")));
        assertTrue(medewerker.get("api/intranet/questions/figures").json().getJsonArray("waitingTooLong")
                .getValuesAs(JsonObject.class).stream().anyMatch(q -> q.getString("reference").equals(reference)));
        assertEquals(403, medewerker.post("api/beheer/jobs/question-reminders", null).status());
    }

    @Test
    void theFiguresCountPerStatusThemeAndAreaAndMeasureTheTimeToAnswerAndClose() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        JsonObject before = medewerker.get("api/intranet/questions/figures").json();
        long id = ask(anonymous(), questionJson("Cijfers", TestMail.address("Cijfers"))
                .add("areaId", TestData.areaId("Stevenshofdistrict")).build());
        TestDatabase.update("update question set created_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(30), id);
        medewerker.post("api/intranet/questions/" + id + "/answers",
                Json.createObjectBuilder().add("text", "Het antwoord").build());
        medewerker.put("api/intranet/questions/" + id + "/triage",
                Json.createObjectBuilder().add("status", "GESLOTEN").add("priority", "HOOG").build());

        JsonObject after = medewerker.get("api/intranet/questions/figures").json();

        assertEquals(before.getInt("total") + 1, after.getInt("total"));
        assertEquals(count(before, "byStatus", "GESLOTEN") + 1, count(after, "byStatus", "GESLOTEN"));
        assertEquals(count(before, "byArea", "Stevenshofdistrict") + 1, count(after, "byArea", "Stevenshofdistrict"));
        assertEquals(before.getJsonObject("firstAnswer").getInt("questions") + 1,
                after.getJsonObject("firstAnswer").getInt("questions"));
        assertTrue(after.getJsonObject("toClose").getJsonNumber("averageHours").doubleValue() > 0);
    }

    @Test
    void theAgendaListsOpenQuestionsUrgentFirstAndRecordsDecisionsAlsoOnPaper() throws Exception {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long id = ask(anonymous(), questionJson("Agenda", TestMail.address("Agenda")).build());
        medewerker.put("api/intranet/questions/" + id + "/triage",
                Json.createObjectBuilder().add("priority", "HOOG").build());
        String reference = medewerker.get("api/intranet/questions/" + id).json().getString("reference");

        Api.Response decided = medewerker.post("api/intranet/questions/" + id + "/decisions", Json
                .createObjectBuilder()
                .add("meetingDate", "2026-12-10")
                .add("text", "GGD en Hogeschool pakken dit samen op")
                .build());

        assertEquals(200, decided.status(), decided::toString);
        assertEquals("2026-12-10", decided.json().getJsonArray("decisions").getJsonObject(0)
                .getString("meetingDate"));
        JsonObject first = medewerker.get("api/intranet/questions/agenda").array().getJsonObject(0);
        assertEquals("HOOG", first.getJsonObject("question").getString("priority"));
        assertTrue(medewerker.get("api/intranet/questions/agenda").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(item -> item.getJsonObject("question").getString("reference").equals(reference)
                        && item.getJsonArray("decisions").size() == 1));
        HttpResponse<byte[]> pdf = medewerker.download("api/intranet/questions/agenda.pdf?datum=2026-12-10");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Agenda Meeting Point 10 december 2026"), text);
            assertTrue(text.contains(reference), text);
            assertTrue(text.contains("GGD en Hogeschool pakken dit samen op"), text);
        }
        assertEquals(400, medewerker.post("api/intranet/questions/" + id + "/decisions",
                Json.createObjectBuilder().add("text", " ").build()).status());
    }

    @Test
    void theAskersDataIsErasedTheRetentionPeriodAfterClosingWhileTheFiguresKeepTheQuestion() {
        String email = TestMail.address("Bewaartermijn");
        long id = ask(anonymous(), questionJson("Bewaar Termijn", email)
                .add("areaId", TestData.areaId("Stevenshofdistrict"))
                .add("attachments", Json.createArrayBuilder().add(QuestionFiles.attachment("a.pdf",
                        QuestionFiles.pdf())))
                .build());
        String code = TestMail.questionCode(TestMail.await(email, "Uw vraag aan het Meeting Point"));
        Api medewerker = api(DemoAccount.MEDEWERKER);
        medewerker.post("api/intranet/questions/" + id + "/answers",
                Json.createObjectBuilder().add("text", "Het antwoord voor Bewaar Termijn").build());
        medewerker.put("api/intranet/questions/" + id + "/triage",
                Json.createObjectBuilder().add("status", "GESLOTEN").build());
        long recent = ask(anonymous(), questionJson("Recent Gesloten", TestMail.address("Recent")).build());
        medewerker.put("api/intranet/questions/" + recent + "/triage",
                Json.createObjectBuilder().add("status", "GESLOTEN").build());
        TestDatabase.update("update question set closed_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMonths(13), id);

        Api.Response run = api(DemoAccount.BEHEERDER).post("api/beheer/jobs/question-retention", null);

        assertEquals(200, run.status(), run::toString);
        assertNull(TestDatabase.text("select asker_name from question where id = ?", id));
        assertNull(TestDatabase.text("select asker_email from question where id = ?", id));
        assertNull(TestDatabase.text("select text from question where id = ?", id));
        assertEquals(0, TestDatabase.number("select count(*) from question_message where question_id = ?"
                + " and text is not null", id));
        assertEquals(0, TestDatabase.number("select count(*) from question_attachment where question_id = ?", id));
        assertEquals(0, TestDatabase.number("select count(*) from mail_message where question_id = ?", id));
        assertEquals("GESLOTEN", TestDatabase.text("select status from question where id = ?", id));
        assertEquals(404, anonymous().get("api/questions/status/" + code).status());
        assertEquals("Recent Gesloten", TestDatabase.text("select asker_name from question where id = ?", recent));
        JsonObject erased = medewerker.get("api/intranet/questions/" + id).json();
        assertTrue(erased.getBoolean("anonymised"));
        assertFalse(erased.toString().contains("Bewaar Termijn"));
    }

    @Test
    void aPersonsRequestExportsAndErasesTheirQuestionsWithTheConsentTheyGave() {
        String email = TestMail.address("Inzage vraag");
        long id = ask(anonymous(), questionJson("Inge Inzage", email).add("language", "en").build());
        TestMail.await(email, "Your question to the Meeting Point");
        Api beheerder = api(DemoAccount.BEHEERDER);
        JsonObject subject = Json.createObjectBuilder().add("email", email).build();

        JsonObject export = beheerder.post("api/beheer/persoonsgegevens/export", subject).json();

        JsonObject question = export.getJsonArray("questions").getJsonObject(0);
        assertEquals("Inge Inzage", question.getString("name"));
        assertTrue(question.getString("text").contains("eenzaamheid"));
        assertTrue(question.getString("consentText").startsWith("I allow the Leiden Healthy Society Center"));
        Api.Response erased = beheerder.post("api/beheer/persoonsgegevens/erase", subject);
        assertEquals(1, erased.json().getInt("questions"), erased::toString);
        assertNull(TestDatabase.text("select asker_name from question where id = ?", id));
        assertEquals("GESLOTEN", TestDatabase.text("select status from question where id = ?", id),
                "an erased question can no longer be answered, so it must not stay open and keep reminding");
        assertNull(TestDatabase.text("select waiting_since from question where id = ?", id));
        assertEquals(0, beheerder.post("api/beheer/persoonsgegevens/export", subject).json()
                .getJsonArray("questions").size());
    }

    private static long count(JsonObject figures, String list, String name) {
        return figures.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("name", "").equals(name))
                .mapToLong(entry -> entry.getJsonNumber("count").longValue())
                .findFirst()
                .orElse(0);
    }
}
