package nl.leiden.healthysociety.it.security;

import static nl.leiden.healthysociety.it.security.XssPayload.fileName;
import static nl.leiden.healthysociety.it.security.XssPayload.of;
import static nl.leiden.healthysociety.it.security.XssPayload.shortOf;
import static nl.leiden.healthysociety.it.security.XssPayload.url;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.FestivalData;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * Everything a user can type, stored once through the REST API as the role that may write it, each field with its
 * own payload: an organisation, an invited partner account, an accord with an ambition, indicator and measurement,
 * an initiative with progress, a published meeting with a registration and outcomes, a published festival edition
 * and a Meeting Point question with its whole conversation. The ids, personal codes and addresses are kept for the
 * pages that show them.
 */
final class XssFixture {

    private static final String GGD = "GGD Hollands Midden";

    /** A password that passes the platform's rules, for the invited account. */
    static final String INVITED_PASSWORD = "Kwetsbaar-Leiden-Toets-93";

    /** The literal text stored per key, as the JSON API must give it back. */
    final Map<String, String> stored = new HashMap<>();
    /** The answer to a write that refused its payload, per key: then that field cannot hold markup at all. */
    final Map<String, Api.Response> refused = new HashMap<>();

    long organisation;
    String invitedEmail;
    long accord;
    long ambition;
    long indicator;
    long initiative;
    long meeting;
    long actionPlan;
    String registrantEmail;
    String registrationCode;
    long edition;
    int festivalYear;
    long proposal;
    long sessionMeeting;
    String proposalContact;
    long question;
    String askerEmail;
    String questionCode;
    // The e-mail fields, each on an object of its own: a mail to such an address may never arrive.
    long emailOrganisation;
    long emailInitiative;
    long emailQuestion;
    long emailProposal;
    String emailRegistrationCode;

    private final Api beheerder;
    private final Api medewerker;
    private final Api partner;
    private final Api anonymous;
    private final URL baseUrl;

    private XssFixture(URL baseUrl) {
        this.baseUrl = baseUrl;
        beheerder = Api.as(baseUrl, DemoAccount.BEHEERDER);
        medewerker = Api.as(baseUrl, DemoAccount.MEDEWERKER);
        partner = Api.as(baseUrl, DemoAccount.PARTNER_GGD);
        anonymous = Api.anonymous(baseUrl);
    }

    /** Stores every payload; each write must succeed, or the row behind it would prove nothing. */
    static XssFixture store(URL baseUrl) {
        XssFixture fixture = new XssFixture(baseUrl);
        fixture.organisation();
        fixture.invitedPartner();
        fixture.accord();
        fixture.initiative();
        fixture.meeting();
        fixture.festival();
        fixture.question();
        fixture.emailAddresses();
        return fixture;
    }

    /** The invited partner's own API client (their login is their e-mail address). */
    Api invited() {
        return Api.as(baseUrl, invitedEmail, INVITED_PASSWORD);
    }

    private String text(String key) {
        return keep(key, of(key));
    }

    private String keep(String key, String literal) {
        stored.put(key, literal);
        return literal;
    }

    private void organisation() {
        // "Zz" keeps it at the end of lists sorted by name, where other tests do not look.
        organisation = id(created(beheerder.post("api/organisaties",
                TestData.organisationJson(keep("org-name", "Zz " + of("org-name")))
                        .add("description", text("org-desc"))
                        .add("website", keep("org-web", url("org-web")))
                        .build())));
    }

    private void invitedPartner() {
        // Usernames sort the account list: this one comes first, so the first page of /beheer/accounts shows it.
        invitedEmail = "0-xss." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        created(beheerder.post("api/beheer/accounts/invitations", Json.createObjectBuilder()
                .add("displayName", text("acc-name"))
                .add("email", invitedEmail)
                .add("organisationId", TestData.organisationId(GGD))
                .build()));
        String code = TestMail.passwordCode(TestMail.await(invitedEmail, "Uitnodiging"));
        Api.Response chosen = anonymous.post("api/password/links/" + code, Json.createObjectBuilder()
                .add("password", INVITED_PASSWORD)
                .add("repeated", INVITED_PASSWORD)
                .build());
        assertEquals(204, chosen.status(), chosen::toString);
    }

    /** A successor to the newest accord (its ambitions carried over), so the public page shows this one. */
    private void accord() {
        long newest = TestDatabase.number("select id from prevention_accord order by start_year desc, name limit 1");
        long start = TestDatabase.number("select max(end_year) from prevention_accord") + 1;
        JsonArrayBuilder carried = Json.createArrayBuilder();
        ambitionsOf(newest).forEach(carried::add);
        accord = id(created(medewerker.post("api/intranet/accords", Json.createObjectBuilder()
                .add("name", text("accord-name"))
                .add("startYear", start)
                .add("endYear", Math.min(2100, start + 3))
                .add("predecessorId", newest)
                .add("carriedAmbitionIds", carried)
                .build())));
        ambition = id(created(medewerker.post("api/intranet/accords/" + accord + "/ambitions",
                Json.createObjectBuilder()
                        .add("name", text("amb-name"))
                        .add("goals", Json.createArrayBuilder().add(text("amb-goal")))
                        .build())));
        long version = TestDatabase.number(
                "select version from accord_ambition where accord_id = ? and ambition_id = ?", accord, ambition);
        Api.Response written = medewerker.put("api/intranet/accords/" + accord + "/ambitions/" + ambition
                + "/report-text",
                Json.createObjectBuilder().add("version", version).add("text", text("report"))
                        .build());
        assertEquals(204, written.status(), written::toString);
        indicator = id(created(medewerker.post("api/intranet/indicators", Json.createObjectBuilder()
                .add("ambitionId", ambition)
                .add("name", text("ind-name"))
                .add("definition", text("ind-def"))
                .add("unit", "PERCENTAGE")
                .add("direction", "LOWER_IS_BETTER")
                .add("baselineYear", 2020)
                .add("baselineValue", 20)
                .add("targetYear", 2030)
                .add("targetValue", 10)
                .add("source", text("ind-source"))
                .add("ageGroup", text("ind-age"))
                .add("areaLevels", Json.createArrayBuilder().add("STAD"))
                .build())));
        created(medewerker.post("api/intranet/measurements", Json.createObjectBuilder()
                .add("indicatorId", indicator)
                .add("period", 2022)
                .add("areaId", TestData.areaId("Leiden"))
                .add("value", 15)
                .add("source", text("meas-source"))
                .add("note", text("meas-note"))
                .build()));
    }

    /** Led by GGD (created by its partner), with the new organisation as partner and the new ambition. */
    private void initiative() {
        long ggd = TestData.organisationId(GGD);
        initiative = id(created(partner.post("api/intranet/initiatives",
                TestData.initiativeJson(text("init-title"), ggd)
                        .add("number", keep("init-no", shortOf("init-no")))
                        .add("description", text("init-desc"))
                        .add("partnerIds", Json.createArrayBuilder().add(organisation))
                        .add("ambitionIds", Json.createArrayBuilder().add(ambition))
                        .add("contactName", text("init-contact"))
                        .add("contactEmail", "contact@example.org")
                        .add("website", keep("init-web", url("init-web")))
                        .add("published", true)
                        .build())));
        created(invited().post("api/intranet/initiatives/" + initiative + "/progress", Json.createObjectBuilder()
                .add("date", LocalDate.now().toString())
                .add("text", text("progress"))
                .build()));
    }

    /** Published, organised by Gemeente Leiden and the new organisation; a registration and the outcomes. */
    private void meeting() {
        meeting = TestData.meeting(medewerker, TestData.meetingJson(text("meet-title"),
                LocalDateTime.now().plusDays(8).withNano(0), 30, TestData.organisationId("Gemeente Leiden"),
                organisation)
                .add("topic", text("meet-topic"))
                .add("description", text("meet-desc"))
                .add("location", text("meet-loc"))
                .add("audience", text("meet-aud"))
                .add("themeGroups", Json.createArrayBuilder().add(text("meet-group")))
                .build());
        ok(medewerker.post("api/intranet/meetings/" + meeting + "/publish", null));
        String base = "api/intranet/meetings/" + meeting;
        long group = medewerker.get(base).json().getJsonArray("themeGroups").getJsonObject(0).getJsonNumber("id")
                .longValue();
        assertEquals(204, medewerker.put(base + "/minutes", Json.createObjectBuilder().add("text", text("minutes"))
                .build()).status());
        created(medewerker.post(base + "/insights", Json.createObjectBuilder()
                .add("groupId", group)
                .add("text", text("insight"))
                .build()));
        actionPlan = id(created(medewerker.post(base + "/action-plans", Json.createObjectBuilder()
                .add("title", text("plan-title"))
                .add("ownerId", organisation)
                .add("people", text("plan-people"))
                .add("dueDate", LocalDate.now().minusDays(2).toString())
                .build())));
        created(medewerker.post("api/intranet/action-plans/" + actionPlan + "/follow-ups", Json.createObjectBuilder()
                .add("date", LocalDate.now().toString())
                .add("text", text("follow-up"))
                .build()));
        created(medewerker.post(base + "/collaborations", Json.createObjectBuilder()
                .add("organisationIds", Json.createArrayBuilder().add(organisation)
                        .add(TestData.organisationId("Gemeente Leiden")))
                .add("description", text("collab"))
                .build()));

        registrantEmail = TestMail.address("xss registrant");
        created(TestData.register(anonymous, meeting, TestData.registrationJson(text("reg-name"), registrantEmail)
                .add("organisation", text("reg-org"))
                .add("needs", text("reg-needs"))
                .build()));
        registrationCode = TestMail.registrationCode(TestMail.await(registrantEmail, ""));
    }

    /** A new edition with a venue, room and slot; a partner's proposal, reviewed, accepted, placed, published. */
    private void festival() {
        festivalYear = (int) TestDatabase.number("select coalesce(max(festival_year), 2029) + 1 from festival_edition");
        LocalDate first = LocalDate.of(festivalYear, 10, 2);
        LocalDateTime now = LocalDateTime.now().withNano(0);
        edition = id(created(medewerker.post("api/intranet/festival/editions", Json.createObjectBuilder()
                .add("year", festivalYear)
                .add("theme", text("ed-theme"))
                .add("firstDay", first.toString())
                .add("lastDay", first.plusDays(1).toString())
                .add("callOpensAt", now.minusDays(10).toString())
                .add("callClosesAt", now.plusDays(10).toString())
                .build())));
        long venue = id(created(medewerker.post("api/intranet/festival/editions/" + edition + "/venues",
                Json.createObjectBuilder().add("name", text("venue-name")).add("address", text("venue-addr"))
                        .build())));
        long room = id(created(medewerker.post("api/intranet/festival/venues/" + venue + "/rooms",
                Json.createObjectBuilder()
                        .add("name", text("room-name"))
                        .add("capacity", 80)
                        .add("accessibility", text("room-access"))
                        .build())));
        long slot = FestivalData.slot(medewerker, edition, first, "10:00", "11:00");
        proposalContact = TestMail.address("xss proposal");
        proposal = FestivalData.submit(partner, edition, FestivalData.proposal(text("prop-title"),
                GGD, proposalContact)
                .add("summary", text("prop-sum"))
                .add("audience", text("prop-aud"))
                .add("needs", text("prop-needs"))
                .add("contactName", text("prop-contact"))
                .add("speakers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", text("speaker"))
                        .add("bio", text("speaker-bio")))));
        String base = "api/intranet/festival/proposals/" + proposal;
        assertEquals(204, medewerker.put(base + "/review", Json.createObjectBuilder()
                .add("score", 4)
                .add("comment", text("review"))
                .build()).status());
        assertEquals(204, medewerker.post(base + "/decision", Json.createObjectBuilder()
                .add("decision", "GEACCEPTEERD")
                .add("feedback", text("feedback"))
                .build()).status());
        ok(FestivalData.place(medewerker, proposal, room, slot));
        JsonObject programme = ok(medewerker.post("api/intranet/festival/editions/" + edition + "/publish", null))
                .json();
        sessionMeeting = programme.getJsonArray("placed").getJsonObject(0).getJsonNumber("meetingId").longValue();
    }

    /** Asked without an account; assigned to GGD, noted, answered, linked, decided on; replied to; handed back. */
    private void question() {
        askerEmail = TestMail.address("xss asker");
        question = TestData.ask(anonymous, TestData.questionJson(text("q-name"), askerEmail)
                .add("organisation", text("q-org"))
                .add("text", text("q-text"))
                .add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("fileName", keep("q-file", fileName("q-file")))
                        .add("content", Base64.getEncoder().encodeToString(pdf()))))
                .build());
        questionCode = TestMail.questionCode(TestMail.await(askerEmail, "Uw vraag aan het Meeting Point"));
        String base = "api/intranet/questions/" + question;
        ok(medewerker.put(base + "/assignment", Json.createObjectBuilder()
                .add("organisationIds",
                        Json.createArrayBuilder().add(TestData.organisationId(GGD)))
                .build()));
        ok(medewerker.post(base + "/notes", textBody(text("q-note"))));
        ok(medewerker.post(base + "/answers", textBody(text("q-answer"))));
        ok(medewerker.put(base + "/links", Json.createObjectBuilder().add("kenniscafeTopic", text("q-topic"))
                .build()));
        ok(medewerker.post(base + "/decisions", Json.createObjectBuilder()
                .add("meetingDate", LocalDate.now().toString())
                .add("text", text("q-decision"))
                .build()));
        ok(anonymous.post("api/questions/status/" + questionCode + "/reply", textBody(text("q-reply"))));
        assertEquals(204, partner.post(base + "/hand-back", textBody(text("q-handback"))).status());
    }

    /**
     * E-mail addresses are validated, but a valid address may have a quoted local part holding markup. Each one is
     * tried on an object of its own; a field that refuses it is recorded as refused.
     */
    private void emailAddresses() {
        Api.Response organisationWithAddress = beheerder.post("api/organisaties",
                TestData.organisationJson(TestData.uniqueName("Zz xss adres"))
                        .add("contactEmail", keep("org-email", XssPayload.email("org-email")))
                        .build());
        if (accepted("org-email", organisationWithAddress)) {
            emailOrganisation = id(organisationWithAddress);
        }
        Api.Response initiativeWithAddress = partner.post("api/intranet/initiatives", TestData
                .initiativeJson(TestData.uniqueName("Xss adres"), TestData.organisationId(GGD))
                .add("contactName", "Contact")
                .add("contactEmail", keep("init-email", XssPayload.email("init-email")))
                .build());
        if (accepted("init-email", initiativeWithAddress)) {
            emailInitiative = id(initiativeWithAddress);
        }
        Api.Response questionWithAddress = anonymous.post("api/questions",
                TestData.questionJson("Xss adres", keep("q-email", XssPayload.email("q-email"))).build());
        if (accepted("q-email", questionWithAddress)) {
            emailQuestion = TestData.questionId(questionWithAddress.json().getString("reference"));
        }
        Api.Response registrationWithAddress = TestData.register(anonymous, meeting,
                TestData.registrationJson("Xss adres", keep("reg-email", XssPayload.email("reg-email"))).build());
        if (accepted("reg-email", registrationWithAddress)) {
            emailRegistrationCode = TestDatabase.text("select token from registration where email = ?",
                    stored.get("reg-email"));
        }
        Api.Response proposalWithAddress = partner.post("api/intranet/festival/editions/" + edition + "/proposals",
                FestivalData.proposal(TestData.uniqueName("Xss adres"), GGD,
                        keep("prop-email", XssPayload.email("prop-email"))).build());
        if (accepted("prop-email", proposalWithAddress)) {
            emailProposal = id(proposalWithAddress);
        }
        accepted("acc-email", beheerder.post("api/beheer/accounts/invitations", Json.createObjectBuilder()
                .add("displayName", "Xss adres")
                .add("email", keep("acc-email", XssPayload.email("acc-email")))
                .add("organisationId", TestData.organisationId(GGD))
                .build()));
    }

    private boolean accepted(String key, Api.Response response) {
        if (response.status() == 400) {
            refused.put(key, response);
            return false;
        }
        created(response);
        return true;
    }

    private static List<Long> ambitionsOf(long accordId) {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement statement = connection
                        .prepareStatement("select ambition_id from accord_ambition where accord_id = ?")) {
            statement.setLong(1, accordId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject textBody(String text) {
        return Json.createObjectBuilder().add("text", text).build();
    }

    private static Api.Response created(Api.Response response) {
        assertEquals(201, response.status(), response::toString);
        return response;
    }

    private static Api.Response ok(Api.Response response) {
        assertEquals(200, response.status(), response::toString);
        return response;
    }

    private static long id(Api.Response response) {
        return response.json().getJsonNumber("id").longValue();
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
