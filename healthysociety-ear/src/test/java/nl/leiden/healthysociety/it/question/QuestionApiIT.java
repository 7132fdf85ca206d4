package nl.leiden.healthysociety.it.question;

import static nl.leiden.healthysociety.it.support.TestData.ask;
import static nl.leiden.healthysociety.it.support.TestData.questionJson;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/** Asking the Meeting Point, following a question with its link, and the partners' rights on the intranet. */
class QuestionApiIT extends ServerTest {

    @Test
    void aPublicQuestionIsConfirmedByMailWithItsReferenceAndALinkThatOnlyItsTokenOpens() {
        String email = TestMail.address("Vraagsteller");
        Api.Response asked = anonymous().post("api/questions", questionJson("Fatima El Amrani", email)
                .add("themeId", TestData.themeId("GEZONDHEID_WELZIJN"))
                .add("areaId", TestData.areaId("Stevenshofdistrict"))
                .add("organisation", "Buurtvereniging Stevenshof")
                .add("kind", "INITIATIEFNEMER")
                .build());

        assertEquals(201, asked.status(), asked::toString);
        String reference = asked.json().getString("reference");
        assertTrue(reference.matches("MP-20\\d\\d-\\d{4,}"), reference);
        MimeMessage mail = TestMail.await(email, "Uw vraag aan het Meeting Point (" + reference + ")");
        assertTrue(TestMail.text(mail).contains("Beste Fatima El Amrani"), TestMail.text(mail));
        String code = TestMail.questionCode(mail);

        Api.Response status = anonymous().get("api/questions/status/" + code);
        assertEquals(200, status.status(), status::toString);
        assertEquals(reference, status.json().getString("reference"));
        assertEquals("NIEUW", status.json().getString("status"));
        assertEquals("Stevenshofdistrict", status.json().getString("area"));
        assertEquals(404, anonymous().get("api/questions/status/" + code.substring(1)).status());
        assertEquals(404, anonymous().get("api/questions/status/niet-de-code").status());
        Api.Response wrong = anonymous().get("api/questions/status/" + code + "x");
        assertEquals(404, wrong.status());
        assertFalse(wrong.body().contains("Fatima"), wrong::toString);
    }

    @Test
    void aPartnerAsksThroughTheIntranetAndIsRecordedAsTheSubmitter() {
        String email = TestMail.address("Partner vraagt");
        long id = ask(api(DemoAccount.PARTNER_HSL), questionJson("Docent Hogeschool", email)
                .add("kind", "PROFESSIONAL")
                .add("organisation", "Hogeschool Leiden")
                .build());

        TestMail.await(email, "Uw vraag aan het Meeting Point");
        assertEquals(TestDatabase.number("select id from account where username = 'partner-hsl'"),
                TestDatabase.number("select submitted_by_id from question where id = ?", id));
        assertEquals(2, TestDatabase.number("select consent_version from question where id = ?", id));
    }

    @Test
    void aRefusedQuestionSaysWhatIsWrongPerFieldAndStoresNothing() {
        String email = TestMail.address("Onvolledig");
        Api.Response refused = anonymous().post("api/questions", Json.createObjectBuilder()
                .add("name", "Onvolledig")
                .add("email", "geen-adres")
                .add("text", " ")
                .add("consent", false)
                .build());

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.",
                refused.fieldErrors().get("email"));
        assertEquals("Vul dit veld in.", refused.fieldErrors().get("text"));
        assertTrue(refused.fieldErrors().containsKey("kind"));
        assertTrue(refused.fieldErrors().containsKey("consent"));
        assertEquals(0, TestDatabase.number("select count(*) from question where asker_email_key = ?", email));

        Api.Response city = anonymous().post("api/questions",
                questionJson("Hele stad", email).add("areaId", TestData.areaId("Leiden")).build());
        assertEquals(400, city.status(), city::toString);
        assertTrue(city.fieldErrors().containsKey("areaId"), city::toString);
        Api.Response badFile = anonymous().post("api/questions", questionJson("Kapot bestand", email)
                .add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("fileName", "brief.pdf").add("content", "JVBER i0xLjQ=!!")))
                .build());
        assertEquals(400, badFile.status(), badFile::toString);
        assertEquals(0, TestDatabase.number("select count(*) from question where asker_email_key = ?", email));
    }

    @Test
    void attachmentsAreCheckedOnTheirContentAndRefusedWithAClearMessage() {
        String email = TestMail.address("Bijlagen");
        Api.Response renamed = anonymous().post("api/questions", questionJson("Bijlage", email)
                .add("attachments", Json.createArrayBuilder().add(QuestionFiles.attachment("scan.pdf", QuestionFiles
                        .png())))
                .build());
        assertEquals(400, renamed.status(), renamed::toString);
        assertEquals("Het bestand scan.pdf is niet wat de naam zegt: de inhoud past niet bij de extensie. Stuur het"
                + " bestand in zijn eigen formaat.", renamed.fieldErrors().get("attachments"));

        Api.Response empty = anonymous().post("api/questions", questionJson("Bijlage", email)
                .add("attachments", Json.createArrayBuilder().add(QuestionFiles.attachment("leeg.pdf", new byte[0])))
                .build());
        assertEquals("Het bestand leeg.pdf is leeg.", empty.fieldErrors().get("attachments"));

        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(QuestionFiles.pdf(), 0, large, 0, 8);
        Api.Response tooLarge = anonymous().post("api/questions", questionJson("Bijlage", email)
                .add("attachments", Json.createArrayBuilder().add(QuestionFiles.attachment("groot.pdf", large)))
                .build());
        assertEquals("Het bestand groot.pdf is groter dan 5 MB.", tooLarge.fieldErrors().get("attachments"));

        Api.Response program = anonymous().post("api/questions", questionJson("Bijlage", email)
                .add("attachments", Json.createArrayBuilder().add(QuestionFiles.attachment("setup.exe",
                        new byte[]{'M', 'Z', 1, 2})))
                .build());
        assertTrue(program.fieldErrors().get("attachments").startsWith("Het bestand setup.exe kan niet mee"));
        assertEquals(0, TestDatabase.number("select count(*) from question where asker_email_key = ?", email));

        byte[] pdf = QuestionFiles.pdf();
        long id = ask(anonymous(), questionJson("Bijlage", email)
                .add("attachments", Json.createArrayBuilder()
                        .add(QuestionFiles.attachment("Brief aan \"gemeente\".pdf", pdf))
                        .add(QuestionFiles.attachment("foto.png", QuestionFiles.png())))
                .build());
        JsonObject question = api(DemoAccount.MEDEWERKER).get("api/intranet/questions/" + id).json();
        JsonObject first = question.getJsonArray("attachments").getJsonObject(0);
        assertEquals("application/pdf", first.getString("contentType"));
        assertEquals(2, question.getJsonArray("attachments").size());

        HttpResponse<byte[]> download = api(DemoAccount.MEDEWERKER)
                .download("api/intranet/questions/" + id + "/attachments/" + first.getJsonNumber("id").longValue());
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename*=UTF-8''Brief%20aan%20%22gemeente%22.pdf"));
    }

    @Test
    void aPartnerSeesOnlyTheQuestionsAssignedToItsOrganisationOnEveryPath() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long ggdQuestion = ask(anonymous(), questionJson("Voor GGD", TestMail.address("Voor GGD"))
                .add("attachments", Json.createArrayBuilder().add(QuestionFiles.attachment("a.pdf",
                        QuestionFiles.pdf())))
                .build());
        long unassigned = ask(anonymous(), questionJson("Niemand", TestMail.address("Niemand")).build());
        long ggd = TestData.organisationId("GGD Hollands Midden");
        assertEquals(200, medewerker.put("api/intranet/questions/" + ggdQuestion + "/assignment",
                Json.createObjectBuilder().add("organisationIds", Json.createArrayBuilder().add(ggd)).build())
                .status());

        Api partnerGgd = api(DemoAccount.PARTNER_GGD);
        Api partnerHsl = api(DemoAccount.PARTNER_HSL);
        JsonObject seen = partnerGgd.get("api/intranet/questions/" + ggdQuestion).json();
        assertEquals("DOORVERWEZEN", seen.getString("status"));
        assertTrue(ids(TestData.inbox(partnerGgd, "")).contains(ggdQuestion));
        assertFalse(ids(TestData.inbox(partnerGgd, "")).contains(unassigned));
        assertEquals(403, partnerGgd.get("api/intranet/questions/" + unassigned).status());

        assertFalse(ids(TestData.inbox(partnerHsl, "")).contains(ggdQuestion));
        long attachment = seen.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        String base = "api/intranet/questions/" + ggdQuestion;
        JsonObject text = Json.createObjectBuilder().add("text", "Mag dit?").build();
        List<Api.Response> refused = List.of(partnerHsl.get(base),
                partnerHsl.post(base + "/notes", text),
                partnerHsl.post(base + "/answers", text),
                partnerHsl.post(base + "/hand-back", text),
                partnerHsl.getText(base + "/attachments/" + attachment),
                partnerHsl.put(base + "/triage", Json.createObjectBuilder().add("status", "GESLOTEN").build()),
                partnerHsl.put(base + "/assignment", Json.createObjectBuilder()
                        .add("organisationIds", Json.createArrayBuilder().add(ggd)).build()),
                partnerHsl.put(base + "/links", Json.createObjectBuilder().add("kenniscafeTopic", "x").build()),
                partnerHsl.post(base + "/decisions", text),
                partnerHsl.get("api/intranet/questions/agenda"),
                partnerHsl.get("api/intranet/questions/figures"),
                partnerGgd.put(base + "/triage", Json.createObjectBuilder().add("status", "GESLOTEN").build()),
                partnerGgd.put(base + "/assignment", Json.createObjectBuilder().build()));
        for (Api.Response response : refused) {
            assertEquals(403, response.status(), response::toString);
            assertFalse(response.body().contains("eenzaamheid"), response::toString);
            assertFalse(response.body().contains("Voor GGD"), response::toString);
        }
        assertEquals(1, TestDatabase.number("select count(*) from question_message where question_id = ?",
                ggdQuestion));
        assertEquals("DOORVERWEZEN", TestDatabase.text("select status from question where id = ?", ggdQuestion));
        assertEquals(401, anonymous().get(base).status());
        assertEquals(403, partnerHsl.get("api/intranet/questions/999999999").status());
        assertEquals(403, partnerHsl.post("api/intranet/questions/999999999/notes", text).status());
        assertEquals(404, medewerker.get("api/intranet/questions/999999999").status());
    }

    @Test
    void aClosedQuestionTakesNoMoreNotesAnswersOrAssignments() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long id = ask(anonymous(), questionJson("Gesloten", TestMail.address("Gesloten")).build());
        String base = "api/intranet/questions/" + id;
        assertEquals(200, medewerker.put(base + "/triage",
                Json.createObjectBuilder().add("status", "GESLOTEN").build()).status());
        JsonObject text = Json.createObjectBuilder().add("text", "Nog iets").build();

        assertEquals(409, medewerker.post(base + "/notes", text).status());
        assertEquals(409, medewerker.post(base + "/answers", text).status());
        assertEquals(409, medewerker.put(base + "/assignment", Json.createObjectBuilder()
                .add("organisationIds", Json.createArrayBuilder().add(TestData.organisationId("GGD Hollands Midden")))
                .build()).status());
        assertEquals(0, TestDatabase.number("select count(*) from question_organisation where question_id = ?", id));
        assertEquals(0, TestDatabase.number("select count(*) from question_message where question_id = ?"
                + " and kind <> 'GEBEURTENIS' and kind <> 'VAN_VRAAGSTELLER'", id));
    }

    @Test
    void internalNotesNeverReachTheAskerWhileAnswersDo() {
        String email = TestMail.address("Notities");
        long id = ask(anonymous(), questionJson("Noor Notitie", email).build());
        MimeMessage received = TestMail.await(email, "Uw vraag aan het Meeting Point");
        String code = TestMail.questionCode(received);
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long ggd = TestData.organisationId("GGD Hollands Midden");
        medewerker.put("api/intranet/questions/" + id + "/assignment",
                Json.createObjectBuilder().add("organisationIds", Json.createArrayBuilder().add(ggd)).build());

        assertEquals(200, medewerker.post("api/intranet/questions/" + id + "/notes",
                Json.createObjectBuilder().add("text", "INTERN: vraagsteller belde al twee keer").build()).status());
        assertEquals(200, api(DemoAccount.PARTNER_GGD).post("api/intranet/questions/" + id + "/notes",
                Json.createObjectBuilder().add("text", "INTERN: wij kennen dit gezin").build()).status());
        Api.Response answered = api(DemoAccount.PARTNER_GGD).post("api/intranet/questions/" + id + "/answers",
                Json.createObjectBuilder().add("text", "Kijk eens bij het Buurtcentrum: daar is elke week een"
                        + " inloopochtend.").build());
        assertEquals(200, answered.status(), answered::toString);
        assertEquals("BEANTWOORD", answered.json().getString("status"));

        MimeMessage answer = TestMail.await(email, "Antwoord op uw vraag");
        assertTrue(TestMail.text(answer).contains("GGD Hollands Midden schrijft"), TestMail.text(answer));
        assertTrue(TestMail.text(answer).contains("inloopochtend"));
        Api.Response status = anonymous().get("api/questions/status/" + code);
        assertTrue(status.body().contains("inloopochtend"));
        for (String seenByAsker : List.of(status.body(), TestMail.text(received), TestMail.text(answer))) {
            assertFalse(seenByAsker.contains("INTERN"), seenByAsker);
            assertFalse(seenByAsker.contains("Doorverwezen"), seenByAsker);
        }
        assertEquals(1, status.json().getJsonArray("conversation").size());
        JsonObject staffView = medewerker.get("api/intranet/questions/" + id).json();
        assertEquals(List.of("GEBEURTENIS", "NOTITIE", "NOTITIE", "AAN_VRAAGSTELLER"),
                staffView.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                        .map(entry -> entry.getString("kind")).toList());
        assertNotNull(staffView.get("firstAnsweredAt"));
    }

    @Test
    void theAskerRepliesThroughTheLinkWhichReopensTheQuestionAndTellsWhoeverHoldsIt() {
        String email = TestMail.address("Reactie");
        long id = ask(anonymous(), questionJson("Rik Reactie", email).build());
        String code = TestMail.questionCode(TestMail.await(email, "Uw vraag aan het Meeting Point"));
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long partnerGgd = TestDatabase.number("select id from account where username = 'partner-ggd'");
        medewerker.put("api/intranet/questions/" + id + "/assignment",
                Json.createObjectBuilder().add("organisationIds", Json.createArrayBuilder())
                        .add("assigneeId", partnerGgd).build());
        String reference = medewerker.get("api/intranet/questions/" + id).json().getString("reference");
        TestMail.await("partner-ggd@healthysociety.example", "Vraag " + reference + " is aan u doorgezet");
        medewerker.post("api/intranet/questions/" + id + "/answers",
                Json.createObjectBuilder().add("text", "Wat bedoelt u precies?").build());

        Api.Response replied = anonymous().post("api/questions/status/" + code + "/reply",
                Json.createObjectBuilder().add("text", "Ik bedoel de buurt rond de Bachstraat.").build());

        assertEquals(200, replied.status(), replied::toString);
        assertEquals("DOORVERWEZEN", replied.json().getString("status"));
        assertEquals(2, replied.json().getJsonArray("conversation").size());
        MimeMessage told = TestMail.await("partner-ggd@healthysociety.example",
                "Nieuwe reactie op vraag " + reference);
        assertFalse(TestMail.text(told).contains("Rik Reactie"), "the asker's name stays off e-mail to partners");
        assertFalse(TestMail.text(told).contains(email));
        assertEquals(400, anonymous().post("api/questions/status/" + code + "/reply",
                Json.createObjectBuilder().add("text", "").build()).status());

        medewerker.put("api/intranet/questions/" + id + "/triage",
                Json.createObjectBuilder().add("status", "GESLOTEN").build());
        Api.Response afterClosing = anonymous().post("api/questions/status/" + code + "/reply",
                Json.createObjectBuilder().add("text", "Nog iets").build());
        assertEquals(409, afterClosing.status(), afterClosing::toString);
        assertTrue(afterClosing.json().getString("detail").startsWith("Deze vraag is afgesloten"));
    }

    @Test
    void aPartnerHandsAQuestionBackAndThenNoLongerSeesIt() {
        long id = ask(anonymous(), questionJson("Terug", TestMail.address("Terug")).build());
        long ggd = TestData.organisationId("GGD Hollands Midden");
        long hsl = TestData.organisationId("Hogeschool Leiden");
        Api medewerker = api(DemoAccount.MEDEWERKER);
        medewerker.put("api/intranet/questions/" + id + "/assignment", Json.createObjectBuilder()
                .add("organisationIds", Json.createArrayBuilder().add(ggd).add(hsl)).build());

        Api.Response handedBack = api(DemoAccount.PARTNER_GGD).post("api/intranet/questions/" + id + "/hand-back",
                Json.createObjectBuilder().add("text", "Past beter bij onderwijs").build());

        assertEquals(204, handedBack.status(), handedBack::toString);
        assertEquals(403, api(DemoAccount.PARTNER_GGD).get("api/intranet/questions/" + id).status());
        JsonObject question = api(DemoAccount.PARTNER_HSL).get("api/intranet/questions/" + id).json();
        assertEquals("DOORVERWEZEN", question.getString("status"));
        assertEquals(List.of("Hogeschool Leiden"), question.getJsonArray("organisations")
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList());
        api(DemoAccount.PARTNER_HSL).post("api/intranet/questions/" + id + "/hand-back",
                Json.createObjectBuilder().add("text", "Ook niet voor ons").build());
        JsonObject back = medewerker.get("api/intranet/questions/" + id).json();
        assertEquals("IN_BEHANDELING", back.getString("status"));
        assertTrue(back.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .anyMatch(entry -> entry.getString("text").equals("Teruggegeven: Past beter bij onderwijs")));
        assertEquals(403, api(DemoAccount.MEDEWERKER).post("api/intranet/questions/" + id + "/hand-back",
                Json.createObjectBuilder().add("text", "x").build()).status());
    }

    @Test
    void aQuestionLinksToAnInitiativeAMeetingOrAKenniscafeTopic() {
        long id = ask(anonymous(), questionJson("Koppeling", TestMail.address("Koppeling")).build());
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long initiative = TestDatabase.number("select min(id) from initiative");
        long meeting = TestDatabase.number("select min(id) from meeting");

        Api.Response linked = medewerker.put("api/intranet/questions/" + id + "/links", Json.createObjectBuilder()
                .add("initiativeId", initiative)
                .add("meetingId", meeting)
                .add("kenniscafeTopic", "Eenzaamheid onder ouderen in de wijk")
                .build());

        assertEquals(200, linked.status(), linked::toString);
        assertEquals(initiative, linked.json().getJsonObject("initiative").getJsonNumber("id").longValue());
        assertEquals(meeting, linked.json().getJsonObject("meeting").getJsonNumber("id").longValue());
        assertEquals("Eenzaamheid onder ouderen in de wijk", linked.json().getString("kenniscafeTopic"));
        Api.Response unknown = medewerker.put("api/intranet/questions/" + id + "/links",
                Json.createObjectBuilder().add("initiativeId", 999999999L).build());
        assertEquals(400, unknown.status());
        assertTrue(unknown.fieldErrors().containsKey("initiativeId"));
    }

    @Test
    void theDemoMeetingPointHoldsAQuestionInEveryStateWithOneWaitingTooLong() {
        List<JsonObject> demo = TestData.inbox(api(DemoAccount.MEDEWERKER), "");
        assertTrue(demo.stream().anyMatch(q -> q.getBoolean("waitingTooLong") && q.getString("priority")
                .equals("HOOG")), demo::toString);
        assertTrue(demo.stream().anyMatch(q -> q.getString("status").equals("DOORVERWEZEN")
                && q.getJsonArray("organisations").getString(0).equals("GGD Hollands Midden")));
        assertEquals(1, TestDatabase.number("select count(*) from question where asker_name = 'Joost Demo'"
                + " and status = 'GESLOTEN'"));
        assertEquals(1, TestDatabase.number("select count(*) from question where kenniscafe_topic is not null"
                + " and asker_name = 'Lotte Demo'"));
    }

    @Test
    void theInboxComesInPagesThatFollowEachOtherWithoutOverlapAndTellTheTotal() {
        String marker = TestData.uniqueName("Paginering");
        try {
            List<Long> added = InboxQuestions.add(marker, 30);
            long ggd = TestData.organisationId("GGD Hollands Midden");
            long hsl = TestData.organisationId("Hogeschool Leiden");
            InboxQuestions.assign(added.subList(0, 1), ggd);
            InboxQuestions.assign(added.subList(0, 1), hsl);
            List<Long> expected = InboxQuestions.allInOrder();
            assertTrue(expected.size() > 30, "the 30 questions and the demo's");
            Api medewerker = api(DemoAccount.MEDEWERKER);

            List<Long> seen = new ArrayList<>();
            for (int first = 0; first < expected.size(); first += 7) {
                JsonObject page = medewerker.get("api/intranet/questions?first=" + first + "&max=7").json();
                assertEquals(expected.size(), page.getJsonNumber("total").longValue(), "total on page " + first);
                assertEquals(first, page.getInt("first"));
                assertEquals(7, page.getInt("max"));
                List<Long> ids = ids(page.getJsonArray("items").getValuesAs(JsonObject.class));
                assertEquals(expected.subList(first, Math.min(first + 7, expected.size())), ids, "page " + first);
                seen.addAll(ids);
            }
            assertEquals(expected, seen, "the pages together hold every question once, newest first");
            assertEquals(added, seen.stream().filter(added::contains).toList(),
                    "questions that came in at the same moment follow their id");

            List<Long> open = InboxQuestions.openInOrder();
            JsonObject openPage = medewerker.get("api/intranet/questions?status=NIEUW&status=IN_BEHANDELING"
                    + "&status=DOORVERWEZEN&first=10&max=10").json();
            assertEquals(open.size(), openPage.getJsonNumber("total").longValue());
            assertEquals(open.subList(10, 20), ids(openPage.getJsonArray("items").getValuesAs(JsonObject.class)));

            JsonObject past = medewerker.get("api/intranet/questions?first=" + (expected.size() + 5)).json();
            assertEquals(0, past.getJsonArray("items").size());
            assertEquals(expected.size(), past.getJsonNumber("total").longValue(),
                    "counted although the page is empty");
            JsonObject everything = medewerker.get("api/intranet/questions?max=200").json();
            assertEquals(Math.min(200, expected.size()), everything.getJsonArray("items").size());
            assertEquals(expected.size(), everything.getJsonNumber("total").longValue());
            JsonObject defaults = medewerker.get("api/intranet/questions").json();
            assertEquals(0, defaults.getInt("first"));
            assertEquals(50, defaults.getInt("max"));
            assertEquals(expected.subList(0, Math.min(50, expected.size())),
                    ids(defaults.getJsonArray("items").getValuesAs(JsonObject.class)));

            JsonObject passedOn = defaults.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(question -> question.getJsonNumber("id").longValue() == added.get(0))
                    .findFirst()
                    .orElseThrow();
            assertEquals(List.of("GGD Hollands Midden", "Hogeschool Leiden"),
                    passedOn.getJsonArray("organisations").getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString).toList(),
                    "the organisations of the page's questions are loaded with the page");
        } finally {
            InboxQuestions.remove(marker);
        }
    }

    @Test
    void aFilteredInboxPagesAndCountsOnlyWhatMatches() {
        String marker = TestData.uniqueName("Prioriteit");
        try {
            List<Long> added = InboxQuestions.add(marker, 12);
            TestDatabase.update("update question set priority = 'LAAG', theme_id = ? where asker_name = ?",
                    TestData.themeId("GEZONDHEID_WELZIJN"), marker);
            List<Long> expected = TestDatabase.numbers("select id from question where priority = 'LAAG'"
                    + " and theme_id = ? order by created_at desc, id desc", TestData.themeId("GEZONDHEID_WELZIJN"));
            assertTrue(expected.containsAll(added));
            Api medewerker = api(DemoAccount.MEDEWERKER);
            String filter = "priority=LAAG&themeId=" + TestData.themeId("GEZONDHEID_WELZIJN");

            JsonObject first = medewerker.get("api/intranet/questions?max=5&" + filter).json();
            JsonObject second = medewerker.get("api/intranet/questions?first=5&max=5&" + filter).json();

            assertEquals(expected.size(), first.getJsonNumber("total").longValue());
            assertEquals(expected.size(), second.getJsonNumber("total").longValue());
            assertEquals(expected.subList(0, 5), ids(first.getJsonArray("items").getValuesAs(JsonObject.class)));
            assertEquals(expected.subList(5, 10), ids(second.getJsonArray("items").getValuesAs(JsonObject.class)));
        } finally {
            InboxQuestions.remove(marker);
        }
    }

    @Test
    void aPartnerSeesOnlyItsOwnOrganisationsQuestionsOnEveryPageAndInTheTotal() {
        String marker = TestData.uniqueName("Partnerpagina");
        try {
            List<Long> added = InboxQuestions.add(marker, 30);
            List<Long> forGgd = added.subList(0, 24);
            List<Long> forHsl = added.subList(24, 30);
            InboxQuestions.assign(forGgd, TestData.organisationId("GGD Hollands Midden"));
            InboxQuestions.assign(forHsl, TestData.organisationId("Hogeschool Leiden"));

            for (DemoAccount partner : List.of(DemoAccount.PARTNER_GGD, DemoAccount.PARTNER_HSL)) {
                List<Long> own = partner == DemoAccount.PARTNER_GGD ? forGgd : forHsl;
                List<Long> others = partner == DemoAccount.PARTNER_GGD ? forHsl : forGgd;
                long organisation = TestDatabase.number("select organisation_id from account where username = ?",
                        partner.username());
                List<Long> mayHold = TestDatabase.numbers("select q.id from question q where (exists (select 1 from"
                        + " question_organisation o where o.question_id = q.id and o.organisation_id = ?)"
                        + " or q.assignee_id = (select id from account where username = ?))"
                        + " order by q.created_at desc, q.id desc", organisation, partner.username());
                Api api = api(partner);
                List<Long> seen = new ArrayList<>();
                // Pages of 5, and some past the end: no page, however far, holds another organisation's question.
                for (int first = 0; first < mayHold.size() + 40; first += 5) {
                    JsonObject page = api.get("api/intranet/questions?first=" + first + "&max=5").json();
                    assertEquals(mayHold.size(), page.getJsonNumber("total").longValue(), partner + " " + first);
                    List<Long> ids = ids(page.getJsonArray("items").getValuesAs(JsonObject.class));
                    assertTrue(ids.stream().noneMatch(others::contains), partner + " sees another's: " + ids);
                    seen.addAll(ids);
                }
                assertEquals(mayHold, seen, partner.username());
                assertTrue(seen.containsAll(own), partner.username());
            }
        } finally {
            InboxQuestions.remove(marker);
        }
    }

    @Test
    void invalidPagingIsRefusedWithAProblemThatSaysWhatIsAllowed() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        for (String query : List.of("first=-1", "first=een", "max=0", "max=201", "max=-5", "max=veel",
                "first=-1&max=1000")) {
            Api.Response refused = medewerker.get("api/intranet/questions?" + query);
            assertEquals(400, refused.status(), query + ": " + refused);
            assertEquals("application/problem+json", refused.header("Content-Type"), query);
            assertEquals("Ongeldige invoer", refused.json().getString("title"), query);
        }
        Api.Response both = medewerker.get("api/intranet/questions?first=-1&max=201");
        assertEquals("Vul een getal in van 0 of groter: de plaats van het eerste resultaat.",
                both.fieldErrors().get("first"));
        assertEquals("Vul een getal in van 1 tot en met 200: het aantal resultaten per pagina.",
                both.fieldErrors().get("max"));
        Api.Response english = medewerker.inLanguage("en").get("api/intranet/questions?max=201");
        assertEquals(400, english.status());
        assertEquals("Enter a number from 1 to 200: the number of results per page.",
                english.fieldErrors().get("max"));
        assertEquals(400, api(DemoAccount.PARTNER_GGD).get("api/intranet/questions?max=201").status());
        assertEquals(200, medewerker.get("api/intranet/questions?first=0&max=200").status());
        assertEquals(200, medewerker.get("api/intranet/questions?max=1").status());
    }

    private static List<Long> ids(List<JsonObject> questions) {
        return questions.stream()
                .map(question -> question.getJsonNumber("id").longValue())
                .toList();
    }
}
