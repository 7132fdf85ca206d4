package nl.leiden.healthysociety.it.security;

import static nl.leiden.healthysociety.it.security.ApiWrite.FORBIDDEN;
import static nl.leiden.healthysociety.it.security.ApiWrite.HIDDEN;
import static nl.leiden.healthysociety.it.security.ApiWrite.array;
import static nl.leiden.healthysociety.it.security.ApiWrite.forAccounts;
import static nl.leiden.healthysociety.it.security.ApiWrite.object;
import static nl.leiden.healthysociety.it.security.ApiWrite.open;
import static nl.leiden.healthysociety.it.security.ApiWriteFixtures.GGD;
import static nl.leiden.healthysociety.it.security.ApiWriteFixtures.name;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * Access control over every write of the REST API, as a table: each row is one write operation, attempted on the
 * data of GGD Hollands Midden by an anonymous visitor and by the partner of another organisation (Hogeschool
 * Leiden). Each attempt must get the row's status (401 for a visitor, 403 for the other partner, 404 where the
 * application hides the object on purpose) and leave every business table as it was, with no mail queued. Writes
 * that need no account are rows too, with the reason they are open, tried with a guessed code or a hidden object.
 * The table must list exactly the write operations that the application's OpenAPI document describes, so a new
 * write operation fails this test until it has its row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlApiIT extends ServerTest {

    private static final String POST = "POST";
    private static final String PUT = "PUT";
    private static final String DELETE = "DELETE";
    private static final int CREATED = 201;
    private static final int ACCEPTED = 202;
    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");

    private List<ApiWrite> table;

    @BeforeAll
    void createTheVictimsData() {
        table = table(new ApiWriteFixtures(baseUrl));
        BusinessDataFingerprint.settleBackgroundJobs(api(DemoAccount.BEHEERDER));
    }

    @Test
    void theTableHasOneRowForEveryWriteOperationInTheOpenApiDocument() {
        Set<String> described = describedWrites();
        Set<String> rows = table.stream().map(ApiWrite::operation).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(described);
        missing.removeAll(rows);
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(described);

        assertEquals(table.size(), rows.size(), "every operation has one row");
        assertTrue(missing.isEmpty() && stale.isEmpty(), () -> "Write operations without a row: " + missing
                + "\nRows for operations the API does not have: " + stale);
    }

    @TestFactory
    Stream<DynamicTest> everyWriteIsRefusedToOutsidersAndChangesNothing() {
        Api visitor = anonymous();
        Api otherPartner = api(DemoAccount.PARTNER_HSL);
        return table.stream().flatMap(write -> Stream.of(
                attempt(write + " as anonymous visitor" + openness(write), write, visitor, write.anonymous()),
                attempt(write + " as partner of another organisation" + openness(write), write, otherPartner,
                        write.otherPartner())));
    }

    /** One attempt: the row's status, no business table changed (beyond a public row's purpose), no mail queued. */
    private static DynamicTest attempt(String name, ApiWrite write, Api caller, int expected) {
        return DynamicTest.dynamicTest(name, () -> {
            BusinessDataFingerprint before = BusinessDataFingerprint.take();
            Api.Response response = write.send(caller);
            BusinessDataFingerprint after = BusinessDataFingerprint.take();

            Set<String> changed = after.changedSince(before);
            changed.removeAll(write.designedWrites());
            boolean mailQueued = write.designedWrites().isEmpty() && after.mailQueuedSince(before);
            // The name once more: the build's test reports number dynamic tests instead of naming them.
            assertAll(name,
                    () -> assertEquals(expected, response.status(), () -> write.path() + " answered " + response),
                    () -> assertEquals(Set.of(), changed, "tables changed by the attempt"),
                    () -> assertFalse(mailQueued, "mail was queued by the attempt"));
        });
    }

    private static String openness(ApiWrite write) {
        return write.openBecause() == null ? "" : " (public: " + write.openBecause() + ")";
    }

    /** The write operations of the OpenAPI document the application serves, as "METHOD /path/{parameter}". */
    private Set<String> describedWrites() {
        Api.Response document = anonymous().get("openapi");
        assertEquals(200, document.status(), document::toString);
        Set<String> writes = new TreeSet<>();
        for (Map.Entry<String, JsonValue> path : document.json().getJsonObject("paths").entrySet()) {
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (WRITE_METHODS.contains(method)) {
                    writes.add(method.toUpperCase(Locale.ROOT) + " " + withoutPatterns(path.getKey()));
                }
            }
        }
        return writes;
    }

    /** {@code /api/questions/{id: [0-9]+}/notes} as {@code /api/questions/{id}/notes}: rows name parameters only. */
    private static String withoutPatterns(String template) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '{') {
                plain.append(c);
                continue;
            }
            int end = i + 1;
            for (int depth = 1; depth > 0; end++) {
                char inside = template.charAt(end);
                depth += inside == '{' ? 1 : inside == '}' ? -1 : 0;
            }
            String parameter = template.substring(i + 1, end - 1);
            int colon = parameter.indexOf(':');
            plain.append('{').append((colon < 0 ? parameter : parameter.substring(0, colon)).strip()).append('}');
            i = end - 1;
        }
        return plain.toString();
    }

    /** The table: one row per write operation. */
    private static List<ApiWrite> table(ApiWriteFixtures f) {
        String organisation = "/api/organisaties/" + f.ggd;
        String initiative = "/api/intranet/initiatives/" + f.initiative;
        String meeting = "/api/intranet/meetings/" + f.meeting;
        String plan = "/api/intranet/action-plans/" + f.actionPlan;
        String edition = "/api/intranet/festival/editions/" + f.edition;
        String proposal = "/api/intranet/festival/proposals/" + f.proposal;
        String question = "/api/intranet/questions/" + f.question;
        LocalDateTime now = LocalDateTime.now().withNano(0);
        JsonObject text = object("text", "Een poging van een andere organisatie.");
        JsonObject edit = object("year", f.editionYear, "theme", name("Thema"), "firstDay", f.festivalDay, "lastDay",
                f.festivalDay.plusDays(1), "callOpensAt", now.minusDays(10), "callClosesAt", now.plusDays(10));
        return List.of(
                // Organisations and accounts: a beheerder's.
                forAccounts(POST, "/api/organisaties", "/api/organisaties",
                        TestData.organisationJson(name("Organisatie")).build(), FORBIDDEN),
                forAccounts(PUT, "/api/organisaties/{id}", organisation, object("version", f.ggdVersion, "name", GGD,
                        "type", "ZORG", "corePartner", true, "description", "Overgenomen"), FORBIDDEN),
                forAccounts(POST, "/api/organisaties/{id}/deactiveren",
                        organisation + "/deactiveren?version=" + f.ggdVersion, null, FORBIDDEN),
                forAccounts(POST, "/api/organisaties/{id}/activeren",
                        organisation + "/activeren?version=" + f.ggdVersion, null, FORBIDDEN),
                forAccounts(POST, "/api/beheer/accounts/invitations", "/api/beheer/accounts/invitations",
                        object("displayName", "Indringer", "email", TestMail.address("Indringer"), "organisationId",
                                f.ggd),
                        FORBIDDEN),
                forAccounts(POST, "/api/beheer/jobs/mail", "/api/beheer/jobs/mail", null, FORBIDDEN),
                forAccounts(POST, "/api/beheer/jobs/reminders", "/api/beheer/jobs/reminders", null, FORBIDDEN),
                forAccounts(POST, "/api/beheer/jobs/retention", "/api/beheer/jobs/retention", null, FORBIDDEN),
                forAccounts(POST, "/api/beheer/jobs/question-reminders", "/api/beheer/jobs/question-reminders", null,
                        FORBIDDEN),
                forAccounts(POST, "/api/beheer/jobs/question-retention", "/api/beheer/jobs/question-retention", null,
                        FORBIDDEN),
                forAccounts(POST, "/api/beheer/persoonsgegevens/export", "/api/beheer/persoonsgegevens/export",
                        object("email", f.registrantEmail), FORBIDDEN),
                forAccounts(POST, "/api/beheer/persoonsgegevens/erase", "/api/beheer/persoonsgegevens/erase",
                        object("email", f.registrantEmail), FORBIDDEN),

                // Initiatives: a partner writes those its own organisation leads.
                forAccounts(POST, "/api/intranet/initiatives", "/api/intranet/initiatives",
                        TestData.initiativeJson(name("Initiatief"), f.ggd).build(), FORBIDDEN),
                forAccounts(PUT, "/api/intranet/initiatives/{id}", initiative,
                        TestData.initiativeJson(name("Overgenomen"), f.ggd).add("version", f.initiativeVersion)
                                .build(),
                        FORBIDDEN),
                forAccounts(POST, "/api/intranet/initiatives/{id}/progress", initiative + "/progress",
                        object("date", LocalDate.now(), "text", "Voortgang van een ander"), FORBIDDEN),

                // The prevention accord: medewerkers and beheerders.
                forAccounts(POST, "/api/intranet/accords", "/api/intranet/accords",
                        object("name", name("Akkoord"), "startYear", 2031, "endYear", 2034), FORBIDDEN),
                forAccounts(POST, "/api/intranet/accords/{id}/ambitions", "/api/intranet/accords/" + f.accord
                        + "/ambitions", object("name", name("Ambitie"), "goals", array("Een doel")), FORBIDDEN),
                forAccounts(PUT, "/api/intranet/accords/{id}/ambitions/{ambitionId}/report-text",
                        "/api/intranet/accords/" + f.accord + "/ambitions/" + f.ambition + "/report-text",
                        object("version", f.reportTextVersion, "text", "Tekst van een ander"), FORBIDDEN),
                forAccounts(PUT, "/api/intranet/ambitions/{id}", "/api/intranet/ambitions/" + f.ambition,
                        object("version", f.ambitionVersion, "name", f.ambitionName, "goals", array("Ander doel")),
                        FORBIDDEN),
                forAccounts(POST, "/api/intranet/indicators", "/api/intranet/indicators",
                        f.indicatorJson(name("Indicator")), FORBIDDEN),
                forAccounts(PUT, "/api/intranet/indicators/{id}",
                        "/api/intranet/indicators/" + f.indicator + "?version=" + f.indicatorVersion,
                        f.indicatorJson(name("Indicator")), FORBIDDEN),
                forAccounts(POST, "/api/intranet/measurements", "/api/intranet/measurements",
                        object("indicatorId", f.indicator, "period", 2022, "areaId", f.city, "value", 12), FORBIDDEN),

                // Meetings: a partner drafts and edits its own organisation's concepts; the rest is the Center's.
                forAccounts(POST, "/api/intranet/meetings", "/api/intranet/meetings",
                        f.meetingJson("Kenniscafé").build(), FORBIDDEN),
                // Another organisation's concept does not exist for a partner.
                forAccounts(PUT, "/api/intranet/meetings/{id}", "/api/intranet/meetings/" + f.concept,
                        object("version", f.conceptVersion, "meeting", f.meetingJson("Overgenomen")), HIDDEN),
                forAccounts(POST, "/api/intranet/meetings/{id}/publish",
                        "/api/intranet/meetings/" + f.concept + "/publish", null, FORBIDDEN),
                forAccounts(POST, "/api/intranet/meetings/{id}/cancel", meeting + "/cancel", null, FORBIDDEN),
                forAccounts(PUT, "/api/intranet/meetings/{id}/registrations/{registrationId}/attendance",
                        meeting + "/registrations/" + f.registration + "/attendance",
                        object("attendance", "PRESENT"), FORBIDDEN),
                forAccounts(POST, "/api/intranet/meetings/{id}/mail/retry", meeting + "/mail/retry", null,
                        FORBIDDEN),
                forAccounts(PUT, "/api/intranet/meetings/{id}/minutes", meeting + "/minutes", text, FORBIDDEN),
                forAccounts(POST, "/api/intranet/meetings/{id}/insights", meeting + "/insights", text, FORBIDDEN),
                forAccounts(DELETE, "/api/intranet/meetings/{id}/insights/{insightId}",
                        meeting + "/insights/" + f.insight, null, FORBIDDEN),
                forAccounts(POST, "/api/intranet/meetings/{id}/action-plans", meeting + "/action-plans",
                        object("title", name("Actieplan"), "ownerId", f.ggd), FORBIDDEN),
                forAccounts(POST, "/api/intranet/meetings/{id}/collaborations", meeting + "/collaborations",
                        object("organisationIds", array(f.ggd, f.hsl), "description", "Samen"), FORBIDDEN),
                forAccounts(PUT, "/api/intranet/action-plans/{planId}", plan,
                        object("version", f.actionPlanVersion, "plan", object("title", name("Actieplan"), "ownerId",
                                f.hsl)),
                        FORBIDDEN),
                forAccounts(POST, "/api/intranet/action-plans/{planId}/follow-ups", plan + "/follow-ups",
                        object("date", LocalDate.now(), "text", "Afgerond door een ander", "status", "AFGEROND"),
                        FORBIDDEN),
                forAccounts(POST, "/api/intranet/action-plans/{planId}/initiative", plan + "/initiative", null,
                        FORBIDDEN),

                // The Leids Kennisfestival: a partner proposes for its own organisation; the rest is the Center's.
                forAccounts(POST, "/api/intranet/festival/editions", "/api/intranet/festival/editions",
                        object("year", f.editionYear + 1, "theme", name("Thema"), "firstDay",
                                f.festivalDay.plusYears(1), "lastDay", f.festivalDay.plusYears(1).plusDays(1),
                                "callOpensAt", now, "callClosesAt", now.plusDays(30)),
                        FORBIDDEN),
                forAccounts(PUT, "/api/intranet/festival/editions/{id}", edition, edit, FORBIDDEN),
                forAccounts(POST, "/api/intranet/festival/editions/{id}/venues", edition + "/venues",
                        object("name", name("Locatie")), FORBIDDEN),
                forAccounts(POST, "/api/intranet/festival/venues/{id}/rooms",
                        "/api/intranet/festival/venues/" + f.venue + "/rooms",
                        object("name", name("Zaal"), "capacity", 40), FORBIDDEN),
                forAccounts(POST, "/api/intranet/festival/editions/{id}/slots", edition + "/slots",
                        object("day", f.festivalDay, "startsAt", "14:00:00", "endsAt", "15:00:00"), FORBIDDEN),
                forAccounts(POST, "/api/intranet/festival/editions/{id}/proposals", edition + "/proposals",
                        f.proposalJson("Namens de GGD").build(), FORBIDDEN),
                // Another organisation's proposal does not exist for a partner.
                forAccounts(PUT, "/api/intranet/festival/proposals/{id}", proposal,
                        object("version", f.proposalVersion, "proposal", f.proposalJson("Overgenomen")), HIDDEN),
                forAccounts(POST, "/api/intranet/festival/proposals/{id}/withdraw", proposal + "/withdraw", null,
                        HIDDEN),
                forAccounts(PUT, "/api/intranet/festival/proposals/{id}/review", proposal + "/review",
                        object("score", 1, "comment", "Van een concurrent"), FORBIDDEN),
                forAccounts(POST, "/api/intranet/festival/proposals/{id}/decision", proposal + "/decision",
                        object("decision", "AFGEWEZEN", "feedback", "Van een concurrent"), FORBIDDEN),
                forAccounts(PUT, "/api/intranet/festival/proposals/{id}/placement",
                        "/api/intranet/festival/proposals/" + f.acceptedProposal + "/placement",
                        object("roomId", f.room, "slotId", f.slot), FORBIDDEN),
                forAccounts(POST, "/api/intranet/festival/editions/{id}/publish", edition + "/publish", null,
                        FORBIDDEN),

                // The Meeting Point: every account may ask; a partner handles only the questions assigned to it.
                forAccounts(POST, "/api/intranet/questions", "/api/intranet/questions",
                        TestData.questionJson("Partner", TestMail.address("Partner")).build(), CREATED)
                        .writing("question", "audit_entry"),
                forAccounts(PUT, "/api/intranet/questions/{id}/triage", question + "/triage",
                        object("status", "GESLOTEN", "priority", "LAAG"), FORBIDDEN),
                forAccounts(PUT, "/api/intranet/questions/{id}/assignment", question + "/assignment",
                        object("organisationIds", array(f.hsl)), FORBIDDEN),
                forAccounts(POST, "/api/intranet/questions/{id}/notes", question + "/notes", text, FORBIDDEN),
                forAccounts(POST, "/api/intranet/questions/{id}/answers", question + "/answers", text, FORBIDDEN),
                forAccounts(POST, "/api/intranet/questions/{id}/hand-back", question + "/hand-back", text,
                        FORBIDDEN),
                forAccounts(PUT, "/api/intranet/questions/{id}/links", question + "/links",
                        object("initiativeId", f.initiative, "kenniscafeTopic", "Onderwerp van een ander"),
                        FORBIDDEN),
                forAccounts(POST, "/api/intranet/questions/{id}/decisions", question + "/decisions",
                        object("meetingDate", LocalDate.now(), "text", "Besluit van een ander"), FORBIDDEN),

                // For everyone, without an account.
                open(POST, "/api/meetings/{id}/registrations", "/api/meetings/" + f.concept + "/registrations",
                        TestData.registrationJson("Vroeg", TestMail.address("Vroeg")).build(), HIDDEN,
                        "registering needs no account, but a concept cannot be registered for"),
                open(POST, "/api/meetings/registrations/{code}/cancel",
                        "/api/meetings/registrations/" + guessedCode() + "/cancel", null, HIDDEN,
                        "the personal code from the confirmation e-mail is the key"),
                open(POST, "/api/questions", "/api/questions",
                        TestData.questionJson("Bezoeker", TestMail.address("Bezoeker")).build(), CREATED,
                        "anyone may ask the Meeting Point; it adds a question (and its audit entry) and nothing else")
                        .writing("question", "audit_entry"),
                open(POST, "/api/questions/status/{code}/reply", "/api/questions/status/" + guessedCode() + "/reply",
                        text, HIDDEN, "the personal code from the confirmation e-mail is the key"),
                open(POST, "/api/password/reset", "/api/password/reset",
                        object("email", TestMail.address("Onbekend")), ACCEPTED,
                        "anyone may ask for a reset link; the answer never tells whether the address has an account"),
                open(POST, "/api/password/links/{code}", "/api/password/links/" + guessedCode(),
                        object("password", "Stevenshof-fiets-koffie-7", "repeated", "Stevenshof-fiets-koffie-7"),
                        HIDDEN, "the one-time code from the invitation or reset e-mail is the key"));
    }

    /** A code of the shape the application hands out (256 random bits, URL-safe) that it never handed out. */
    private static String guessedCode() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
