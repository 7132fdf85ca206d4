package nl.leiden.healthysociety.it.security;

import static nl.leiden.healthysociety.it.security.XssViews.Viewer.ANONYMOUS;
import static nl.leiden.healthysociety.it.security.XssViews.Viewer.BEHEERDER;
import static nl.leiden.healthysociety.it.security.XssViews.Viewer.INVITED;
import static nl.leiden.healthysociety.it.security.XssViews.Viewer.MEDEWERKER;
import static nl.leiden.healthysociety.it.security.XssViews.Viewer.PARTNER_GGD;
import static nl.leiden.healthysociety.it.security.XssViews.Viewer.PARTNER_HSL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import nl.leiden.healthysociety.it.security.XssViews.Viewer;
import nl.leiden.healthysociety.it.support.ServerTest;

/**
 * Stored XSS: every text field a user can store holds a script and an event handler (one distinctive payload per
 * field, stored through the REST API by the role that may write it), and every place that shows the field gives it
 * back as text. On the pages, public and intranet, the markup never comes back as markup and the escaped text must be
 * there (a field that is not shown proves nothing, so each row names pages that show it); the JSON API gives the
 * literal text in valid JSON; CSV, Excel and iCalendar downloads carry the literal text and are never served as HTML;
 * e-mails are plain text. The table of fields is checked against the application's source: a new text field in a
 * REST body or an entity fails the test until it has a row here or a reason not to. And no view turns escaping off.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredXssIT extends ServerTest {

    private static final String LANGUAGE = "a language code, nl or en";
    private static final String HASH = "a hash, never shown";
    private static final String DERIVED = "derived from another field for searching, never shown";
    private static final String TOKEN = "a random personal code";
    private static final String REFERENCE = "reference data from the migrations; no screen or API writes it";
    private static final String MAIL = "outgoing mail, plain text built from the fields above (see the mail places)";

    /** Texts in request bodies that are not free text, and why. */
    private static final Map<String, String> NOT_FREE_TEXT_API = Map.ofEntries(
            Map.entry("ResetRequest.email", "an address to send a reset link to; never stored"),
            Map.entry("Subject.email", "the address whose data a beheerder exports or erases; never stored"),
            Map.entry("RegistrationData.language", LANGUAGE),
            Map.entry("QuestionInput.language", LANGUAGE),
            Map.entry("NewPassword.password", "a password: only its hash is stored, never shown"),
            Map.entry("NewPassword.repeated", "a password: only its hash is stored, never shown"),
            Map.entry("FileInput.content", "a file's content in base64, checked to be the kind its name says"));

    /** Text columns of the entities that no user types, or that only take a restricted form, and why. */
    private static final Map<String, String> NOT_FREE_TEXT_ENTITY = Map.ofEntries(
            Map.entry("Account.passwordHash", HASH), Map.entry("AccountToken.codeHash", HASH),
            Map.entry("Account.totpSecret", "an authenticator app's key, made by the application in Base32"),
            Map.entry("LoginThrottle.keyHash", HASH),
            Map.entry("Organisation.nameKey", DERIVED), Map.entry("Initiative.searchText", DERIVED),
            Map.entry("Question.askerEmailKey", DERIVED), Map.entry("Registration.emailKey", DERIVED),
            Map.entry("Area.nameKey", DERIVED),
            Map.entry("Ambition.code", "made from the name: capitals, digits and _ only"),
            Map.entry("Question.language", LANGUAGE), Map.entry("Registration.language", LANGUAGE),
            Map.entry("Question.token", TOKEN), Map.entry("Registration.token", TOKEN),
            Map.entry("QuestionAttachment.contentType", "from the file kind the application recognised"),
            Map.entry("ConsentText.textNl", REFERENCE), Map.entry("ConsentText.textEn", REFERENCE),
            Map.entry("ConsentText.purpose", REFERENCE), Map.entry("Theme.code", REFERENCE),
            Map.entry("Theme.name", REFERENCE), Map.entry("TargetGroup.name", REFERENCE),
            Map.entry("Area.name", REFERENCE),
            Map.entry("MailMessage.recipient", MAIL), Map.entry("MailMessage.subject", MAIL),
            Map.entry("MailMessage.body", MAIL), Map.entry("MailMessage.calendar", MAIL),
            Map.entry("MailMessage.lastError", "the mail server's answer, shown to nobody"));

    /**
     * Views that may turn escaping off, with what they output and why that is safe. None: every view escapes.
     */
    private static final Map<String, String> UNESCAPED_VIEWS_ALLOWED = Map.of();

    // Where each field shows. A row names every page that shows its field; pages are fetched once for all rows.
    private static final Place INITIATIVE = page(MEDEWERKER, f -> "intranet/initiatief?id=" + f.initiative);
    private static final Place INITIATIVES = page(PARTNER_HSL,
            f -> "intranet/initiatieven?organisatie=" + f.organisation);
    private static final Place INITIATIVE_JSON = json(PARTNER_HSL, f -> "api/intranet/initiatives/" + f.initiative);
    private static final Place OPEN_DATA = json(ANONYMOUS, f -> "api/initiatives?organisation=" + f.organisation);
    private static final Place CSV = csv(f -> "api/intranet/initiatives/export.csv?organisation=" + f.organisation);
    private static final Place XLSX = xlsx(f -> "api/intranet/initiatives/export.xlsx?organisation="
            + f.organisation);

    private static final Place PUBLIC_ACCORD = page(ANONYMOUS, f -> "preventieakkoord");
    private static final Place ACCORD = page(MEDEWERKER, f -> "intranet/preventieakkoord?id=" + f.accord);
    private static final Place ACCORD_AS_PARTNER = page(PARTNER_GGD, f -> "intranet/preventieakkoord?id=" + f.accord);
    private static final Place AMBITION_FORM = page(MEDEWERKER,
            f -> "intranet/ambitie-bewerken?akkoord=" + f.accord + "&id=" + f.ambition);
    private static final Place INDICATOR = page(PARTNER_HSL, f -> "intranet/indicator?id=" + f.indicator);
    private static final Place INDICATOR_FORM = page(MEDEWERKER, f -> "intranet/indicator-bewerken?id=" + f.indicator);
    private static final Place ACCORD_JSON = json(PARTNER_GGD, f -> "api/intranet/accords/" + f.accord);
    private static final Place INDICATOR_JSON = json(PARTNER_GGD, f -> "api/intranet/indicators/" + f.indicator);

    private static final Place ORGANISATION_FORM = page(BEHEERDER, f -> "beheer/organisatie?id=" + f.organisation);
    private static final Place ORGANISATION_JSON = json(PARTNER_HSL, f -> "api/organisaties/" + f.organisation);

    private static final Place PUBLIC_MEETING = page(ANONYMOUS, f -> "bijeenkomst?id=" + f.meeting);
    private static final Place CALENDAR = page(ANONYMOUS, f -> "activiteiten");
    private static final Place MEETING = page(MEDEWERKER, f -> "intranet/bijeenkomst?id=" + f.meeting);
    private static final Place MEETINGS = page(PARTNER_GGD, f -> "intranet/bijeenkomsten");
    private static final Place MEETING_FORM = page(MEDEWERKER, f -> "intranet/bijeenkomst-bewerken?id=" + f.meeting);
    private static final Place OUTCOMES = page(PARTNER_HSL, f -> "intranet/bijeenkomst-uitkomsten?id=" + f.meeting);
    private static final Place OUTCOMES_FORM = page(MEDEWERKER,
            f -> "intranet/bijeenkomst-uitkomsten?id=" + f.meeting);
    private static final Place OVERDUE = page(PARTNER_HSL, f -> "intranet/actieplannen");
    private static final Place CHECK_IN = page(MEDEWERKER, f -> "intranet/aanwezigheid?id=" + f.meeting);
    private static final Place MY_REGISTRATION = page(ANONYMOUS, f -> "aanmelding?code=" + f.registrationCode);
    private static final Place PUBLIC_MEETING_JSON = json(ANONYMOUS, f -> "api/meetings/" + f.meeting);
    private static final Place MEETING_JSON = json(PARTNER_HSL, f -> "api/intranet/meetings/" + f.meeting);
    private static final Place OUTCOMES_JSON = json(PARTNER_HSL,
            f -> "api/intranet/meetings/" + f.meeting + "/outcomes");
    private static final Place OVERDUE_JSON = json(PARTNER_HSL, f -> "api/intranet/action-plans/overdue");
    private static final Place REGISTRATIONS_JSON = json(MEDEWERKER,
            f -> "api/intranet/meetings/" + f.meeting + "/registrations");
    private static final Place MY_REGISTRATION_JSON = json(ANONYMOUS,
            f -> "api/meetings/registrations/" + f.registrationCode);
    private static final Place MEETING_ICS = ical(f -> "api/meetings/" + f.meeting + ".ics");
    private static final Place AGENDA_ICS = ical(f -> "api/meetings/agenda.ics");
    private static final Place REGISTRATION_MAIL = mail(f -> f.registrantEmail, "");

    private static final Place FESTIVAL = page(MEDEWERKER, f -> "intranet/kennisfestival?editie=" + f.edition);
    private static final Place FESTIVAL_AS_PARTNER = page(PARTNER_GGD,
            f -> "intranet/kennisfestival?editie=" + f.edition);
    private static final Place EDITION_FORM = page(MEDEWERKER, f -> "intranet/festival-editie?editie=" + f.edition);
    private static final Place PROPOSAL = page(PARTNER_GGD, f -> "intranet/sessievoorstel?id=" + f.proposal);
    private static final Place REVIEWS = page(MEDEWERKER, f -> "intranet/festival-beoordelen?editie=" + f.edition);
    private static final Place PROGRAMME = page(MEDEWERKER, f -> "intranet/festival-programma?editie=" + f.edition);
    private static final Place PUBLIC_PROGRAMME = page(ANONYMOUS, f -> "kennisfestival?jaar=" + f.festivalYear);
    private static final Place SESSION = page(ANONYMOUS, f -> "bijeenkomst?id=" + f.sessionMeeting);
    private static final Place EDITION_JSON = json(PARTNER_GGD,
            f -> "api/intranet/festival/editions/" + f.edition);
    private static final Place PROPOSAL_JSON = json(PARTNER_GGD, f -> "api/intranet/festival/proposals/" + f.proposal);
    private static final Place REVIEWS_JSON = json(MEDEWERKER,
            f -> "api/intranet/festival/editions/" + f.edition + "/reviews");
    private static final Place PUBLIC_PROGRAMME_JSON = json(ANONYMOUS, f -> "api/festival/" + f.festivalYear);
    private static final Place PROGRAMME_ICS = ical(f -> "api/festival/" + f.festivalYear + "/programma.ics");
    private static final Place DECISION_MAIL = mail(f -> f.proposalContact, "Besluit over uw sessievoorstel");

    private static final Place QUESTION = page(MEDEWERKER, f -> "intranet/vraag?id=" + f.question);
    private static final Place INBOX = page(MEDEWERKER, f -> "intranet/meetingpoint");
    private static final Place AGENDA = page(MEDEWERKER, f -> "intranet/meetingpoint-agenda");
    private static final Place MY_QUESTION = page(ANONYMOUS, f -> "mijn-vraag?code=" + f.questionCode);
    private static final Place QUESTION_JSON = json(MEDEWERKER, f -> "api/intranet/questions/" + f.question);
    private static final Place MY_QUESTION_JSON = json(ANONYMOUS, f -> "api/questions/status/" + f.questionCode);
    private static final Place AGENDA_JSON = json(MEDEWERKER, f -> "api/intranet/questions/agenda");
    private static final Place ASKED_MAIL = mail(f -> f.askerEmail, "Uw vraag aan het Meeting Point");
    private static final Place ANSWER_MAIL = mail(f -> f.askerEmail, "Antwoord op uw vraag");

    /** Every free-text field: its key in the payload, the entity column, the request fields, where it shows. */
    private static final List<Row> ROWS = List.of(
            row("org-name", "Organisation.name", api("OrganisationInput.name"), ORGANISATION_FORM, INITIATIVE,
                    PUBLIC_MEETING, OUTCOMES, ORGANISATION_JSON),
            row("org-desc", "Organisation.description", api("OrganisationInput.description"), ORGANISATION_FORM,
                    ORGANISATION_JSON),
            row("org-web", "Organisation.website", api("OrganisationInput.website"), ORGANISATION_FORM,
                    ORGANISATION_JSON),
            row("acc-name", "Account.displayName", api("Invitation.displayName"), page(INVITED, f -> "intranet/start"),
                    page(BEHEERDER, f -> "beheer/accounts"), INITIATIVE),

            row("accord-name", "PreventionAccord.name", api("AccordData.name"), PUBLIC_ACCORD, ACCORD,
                    json(MEDEWERKER, f -> "api/intranet/accords")),
            row("amb-name", "Ambition.name", api("AmbitionData.name", "AmbitionInput.name"), PUBLIC_ACCORD,
                    ACCORD_AS_PARTNER, AMBITION_FORM, INDICATOR, INITIATIVE, ACCORD_JSON),
            row("amb-goal", "Ambition.goals", api("AmbitionData.goals", "AmbitionInput.goals"), PUBLIC_ACCORD,
                    ACCORD_AS_PARTNER, AMBITION_FORM, ACCORD_JSON),
            row("report", "AccordAmbition.reportText", api("ReportText.text"), ACCORD, ACCORD_JSON),
            row("ind-name", "Indicator.name", api("IndicatorData.name"), PUBLIC_ACCORD, ACCORD_AS_PARTNER,
                    INDICATOR, INDICATOR_FORM, INDICATOR_JSON),
            row("ind-def", "Indicator.definition", api("IndicatorData.definition"), INDICATOR, INDICATOR_FORM,
                    INDICATOR_JSON),
            row("ind-source", "Indicator.source", api("IndicatorData.source"), INDICATOR, INDICATOR_FORM,
                    INDICATOR_JSON),
            row("ind-age", "Indicator.ageGroup", api("IndicatorData.ageGroup"), INDICATOR, INDICATOR_FORM,
                    INDICATOR_JSON),
            row("meas-source", "Measurement.source", api("MeasurementData.source"), INDICATOR, INDICATOR_JSON),
            row("meas-note", "Measurement.note", api("MeasurementData.note"), INDICATOR, INDICATOR_JSON),

            row("init-no", "Initiative.number", api("InitiativeInput.number"), INITIATIVE, INITIATIVES,
                    INITIATIVE_JSON, CSV, XLSX),
            row("init-title", "Initiative.title", api("InitiativeInput.title"), INITIATIVE, INITIATIVES,
                    INITIATIVE_JSON, OPEN_DATA, CSV, XLSX),
            row("init-desc", "Initiative.description", api("InitiativeInput.description"), INITIATIVE,
                    INITIATIVE_JSON, OPEN_DATA, CSV, XLSX),
            row("init-contact", "Initiative.contactName", api("InitiativeInput.contactName"), INITIATIVE,
                    INITIATIVE_JSON),
            row("init-web", "Initiative.website", api("InitiativeInput.website"), INITIATIVE, INITIATIVE_JSON,
                    OPEN_DATA),
            row("progress", "ProgressUpdate.text", api("ProgressData.text"), INITIATIVE, INITIATIVE_JSON),

            row("meet-title", "Meeting.title", api("MeetingData.title"), PUBLIC_MEETING, CALENDAR, MEETING,
                    MEETINGS, MEETING_FORM, OUTCOMES, OVERDUE, CHECK_IN, MY_REGISTRATION, PUBLIC_MEETING_JSON,
                    MEETING_JSON, MEETING_ICS, AGENDA_ICS, REGISTRATION_MAIL),
            row("meet-topic", "Meeting.topic", api("MeetingData.topic"), PUBLIC_MEETING, MEETING, MEETING_FORM,
                    PUBLIC_MEETING_JSON, MEETING_JSON),
            row("meet-desc", "Meeting.description", api("MeetingData.description"), PUBLIC_MEETING, MEETING,
                    MEETING_FORM, PUBLIC_MEETING_JSON, MEETING_JSON, MEETING_ICS),
            row("meet-loc", "Meeting.location", api("MeetingData.location"), PUBLIC_MEETING, CALENDAR, MEETING,
                    MEETING_FORM, CHECK_IN, MY_REGISTRATION, PUBLIC_MEETING_JSON, MEETING_ICS, REGISTRATION_MAIL),
            row("meet-aud", "Meeting.audience", api("MeetingData.audience"), PUBLIC_MEETING, MEETING, MEETING_FORM,
                    PUBLIC_MEETING_JSON),
            row("meet-group", "ThemeGroup.name", api("MeetingData.themeGroups"), MEETING, MEETING_FORM, OUTCOMES,
                    OUTCOMES_FORM, MEETING_JSON),
            row("minutes", "Meeting.minutes", api("TextInput.text"), OUTCOMES, OUTCOMES_FORM, OUTCOMES_JSON),
            row("insight", "Insight.text", api("InsightInput.text"), OUTCOMES, OUTCOMES_FORM, OUTCOMES_JSON),
            row("plan-title", "ActionPlan.title", api("ActionPlanData.title"), OUTCOMES, OVERDUE, OUTCOMES_JSON,
                    OVERDUE_JSON),
            row("plan-people", "ActionPlan.people", api("ActionPlanData.people"), OUTCOMES, OUTCOMES_JSON),
            row("follow-up", "ActionPlanUpdate.text", api("FollowUpData.text"), OUTCOMES, OUTCOMES_JSON),
            row("collab", "Collaboration.description", api("CollaborationInput.description"), OUTCOMES,
                    OUTCOMES_JSON),
            row("reg-name", "Registration.name", api("RegistrationData.name"), MY_REGISTRATION, MEETING, CHECK_IN,
                    REGISTRATIONS_JSON, MY_REGISTRATION_JSON, REGISTRATION_MAIL),
            row("reg-org", "Registration.organisation", api("RegistrationData.organisation"), MY_REGISTRATION,
                    MEETING, CHECK_IN, REGISTRATIONS_JSON, MY_REGISTRATION_JSON),
            row("reg-needs", "Registration.needs", api("RegistrationData.needs"), MY_REGISTRATION, MEETING,
                    REGISTRATIONS_JSON, MY_REGISTRATION_JSON),

            row("ed-theme", "Edition.theme", api("EditionData.theme"), FESTIVAL, EDITION_FORM, PROPOSAL,
                    PUBLIC_PROGRAMME, EDITION_JSON, PUBLIC_PROGRAMME_JSON),
            row("venue-name", "Venue.name", api("VenueInput.name"), EDITION_FORM, PUBLIC_PROGRAMME, EDITION_JSON),
            row("venue-addr", "Venue.address", api("VenueInput.address"), EDITION_FORM, EDITION_JSON),
            row("room-name", "Room.name", api("RoomInput.name"), EDITION_FORM, PROGRAMME, PUBLIC_PROGRAMME,
                    EDITION_JSON, PUBLIC_PROGRAMME_JSON),
            row("room-access", "Room.accessibility", api("RoomInput.accessibility"), EDITION_FORM, PUBLIC_PROGRAMME,
                    EDITION_JSON),
            row("prop-title", "SessionProposal.title", api("ProposalData.title"), FESTIVAL, FESTIVAL_AS_PARTNER,
                    PROPOSAL, REVIEWS, PROGRAMME, PUBLIC_PROGRAMME, SESSION, PROPOSAL_JSON, PUBLIC_PROGRAMME_JSON,
                    PROGRAMME_ICS, DECISION_MAIL),
            row("prop-sum", "SessionProposal.summary", api("ProposalData.summary"), PROPOSAL, SESSION,
                    PROPOSAL_JSON),
            row("prop-aud", "SessionProposal.audience", api("ProposalData.audience"), PROPOSAL, PROPOSAL_JSON),
            row("prop-needs", "SessionProposal.needs", api("ProposalData.needs"), PROPOSAL, PROPOSAL_JSON),
            row("prop-contact", "SessionProposal.contactName", api("ProposalData.contactName"), PROPOSAL,
                    PROPOSAL_JSON),
            row("speaker", "Speaker.name", api("SpeakerData.name"), PROPOSAL, PUBLIC_PROGRAMME, PROPOSAL_JSON,
                    PUBLIC_PROGRAMME_JSON),
            row("speaker-bio", "Speaker.bio", api("SpeakerData.bio"), PROPOSAL, PROPOSAL_JSON),
            row("review", "ProposalReview.comment", api("ReviewInput.comment"), new ReviewForm(), REVIEWS_JSON),
            row("feedback", "SessionProposal.feedback", api("DecisionInput.feedback"), PROPOSAL, PROPOSAL_JSON,
                    DECISION_MAIL),

            row("q-name", "Question.askerName", api("QuestionInput.name"), QUESTION, QUESTION_JSON, ASKED_MAIL),
            row("q-org", "Question.askerOrganisation", api("QuestionInput.organisation"), QUESTION, QUESTION_JSON),
            row("q-text", "Question.text", api("QuestionInput.text"), QUESTION, INBOX, AGENDA, MY_QUESTION,
                    QUESTION_JSON, MY_QUESTION_JSON),
            row("q-file", "QuestionAttachment.fileName", api("FileInput.fileName"), QUESTION, MY_QUESTION,
                    QUESTION_JSON),
            row("q-note", "QuestionMessage.text", api("Text.text"), QUESTION, QUESTION_JSON),
            row("q-answer", "QuestionMessage.text", api("Text.text"), QUESTION, MY_QUESTION, QUESTION_JSON,
                    MY_QUESTION_JSON, ANSWER_MAIL),
            row("q-reply", "QuestionMessage.text", api("OpenQuestionResource.reply"), QUESTION, MY_QUESTION,
                    QUESTION_JSON, MY_QUESTION_JSON),
            row("q-handback", "QuestionMessage.text", api("Text.text"), QUESTION, QUESTION_JSON),
            row("q-topic", "Question.kenniscafeTopic", api("Links.kenniscafeTopic"), QUESTION, QUESTION_JSON),
            row("org-email", "Organisation.contactEmail", api("OrganisationInput.contactEmail"),
                    page(BEHEERDER, f -> "beheer/organisatie?id=" + f.emailOrganisation),
                    json(PARTNER_HSL, f -> "api/organisaties/" + f.emailOrganisation)),
            row("init-email", "Initiative.contactEmail", api("InitiativeInput.contactEmail"),
                    page(PARTNER_HSL, f -> "intranet/initiatief?id=" + f.emailInitiative),
                    json(PARTNER_HSL, f -> "api/intranet/initiatives/" + f.emailInitiative)),
            row("q-email", "Question.askerEmail", api("QuestionInput.email"),
                    page(MEDEWERKER, f -> "intranet/vraag?id=" + f.emailQuestion),
                    json(MEDEWERKER, f -> "api/intranet/questions/" + f.emailQuestion)),
            row("reg-email", "Registration.email", api("RegistrationData.email"),
                    page(ANONYMOUS, f -> "aanmelding?code=" + f.emailRegistrationCode),
                    json(ANONYMOUS, f -> "api/meetings/registrations/" + f.emailRegistrationCode)),
            row("prop-email", "SessionProposal.contactEmail", api("ProposalData.contactEmail"),
                    page(PARTNER_GGD, f -> "intranet/sessievoorstel?id=" + f.emailProposal),
                    json(PARTNER_GGD, f -> "api/intranet/festival/proposals/" + f.emailProposal)),
            // An invited partner logs in with the e-mail address: it is the account's username as well.
            row("acc-email", "Account.email + Account.username", api("Invitation.email"),
                    page(BEHEERDER, f -> "beheer/accounts")),
            row("q-decision", "QuestionDecision.text", api("DecisionInput.text"), QUESTION, AGENDA, QUESTION_JSON,
                    AGENDA_JSON));

    private XssFixture fixture;
    private XssViews views;

    @BeforeAll
    void storeEveryField() {
        fixture = XssFixture.store(baseUrl);
        views = new XssViews(baseUrl, fixture);
    }

    @TestFactory
    Stream<DynamicTest> everyFieldComesBackEscapedWhereverItShows() {
        System.getLogger(StoredXssIT.class.getName()).log(System.Logger.Level.INFO,
                "Fields that refused their payload: {0}", new TreeSet<>(fixture.refused.keySet()));
        return ROWS.stream().map(row -> DynamicTest.dynamicTest(row.key() + " (" + row.entityField() + ")"
                + (fixture.refused.containsKey(row.key()) ? ": refused" : ""), () -> {
                    assertTrue(fixture.stored.containsKey(row.key()), "the fixture stores no " + row.key());
                    if (fixture.refused.containsKey(row.key())) {
                        // The field cannot hold markup at all: the write was refused with a reason for that field.
                        assertTrue(fixture.refused.get(row.key()).body().contains("\"field\""),
                                fixture.refused.get(row.key())::toString);
                        return;
                    }
                    for (Place place : row.places()) {
                        place.check(views, fixture, row.key(), fixture.stored.get(row.key()));
                    }
                }));
    }

    @Test
    void everyFreeTextFieldOfTheRestApiHasARow() {
        Set<String> covered = ROWS.stream().flatMap(row -> row.apiFields().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> scanned = FreeTextFields.apiFields();

        Set<String> missing = new TreeSet<>(scanned);
        missing.removeAll(covered);
        missing.removeAll(NOT_FREE_TEXT_API.keySet());
        Set<String> stale = new TreeSet<>(covered);
        stale.addAll(NOT_FREE_TEXT_API.keySet());
        stale.removeAll(scanned);
        assertEquals(Set.of(), missing, "text fields in REST bodies without a row in this test (or a reason)");
        assertEquals(Set.of(), stale, "rows for REST fields that no longer exist");
    }

    @Test
    void everyTextColumnOfTheEntitiesHasARow() {
        Set<String> covered = ROWS.stream().flatMap(row -> Arrays.stream(row.entityField().split(" \\+ ")))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> scanned = FreeTextFields.entityFields();

        Set<String> missing = new TreeSet<>(scanned);
        missing.removeAll(covered);
        missing.removeAll(NOT_FREE_TEXT_ENTITY.keySet());
        Set<String> stale = new TreeSet<>(covered);
        stale.addAll(NOT_FREE_TEXT_ENTITY.keySet());
        stale.removeAll(scanned);
        assertEquals(Set.of(), missing, "text columns without a row in this test (or a reason)");
        assertEquals(Set.of(), stale, "rows for columns that no longer exist");
    }

    @Test
    void noViewTurnsEscapingOff() {
        Pattern unescaped = Pattern.compile("(?:escape|itemEscaped)\\s*=\\s*\"(?:false|#\\{[^}]*\\})\"|<f:verbatim");
        Map<String, String> found = new TreeMap<>();
        FreeTextFields.views().forEach((file, text) -> {
            Matcher matcher = unescaped.matcher(text);
            while (matcher.find()) {
                found.put(FreeTextFields.WEB.relativize(file) + ":" + line(text, matcher.start()), matcher.group());
            }
        });
        found.keySet().removeIf(place -> UNESCAPED_VIEWS_ALLOWED.keySet().stream().anyMatch(place::startsWith));
        assertEquals(Map.of(), found, "views that turn escaping off (list them with a reason if that is safe)");
    }

    private static int line(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    /**
     * A field's row: its payload key, entity column (two joined by " + " when one input fills both), request fields
     * and the places that show it.
     */
    private record Row(String key, String entityField, List<String> apiFields, List<Place> places) {
    }

    private static Row row(String key, String entityField, List<String> apiFields, Place... places) {
        return new Row(key, entityField, apiFields, List.of(places));
    }

    private static List<String> api(String... fields) {
        return Arrays.asList(fields);
    }

    /** A place where stored text comes back. */
    private interface Place {
        void check(XssViews views, XssFixture fixture, String key, String literal);
    }

    private static Place page(Viewer viewer, Function<XssFixture, String> path) {
        return (views, fixture, key, literal) -> XssPayload.assertEscaped(views.page(viewer, path.apply(fixture)),
                key, viewer + " " + path.apply(fixture));
    }

    private static Place json(Viewer viewer, Function<XssFixture, String> path) {
        return (views, fixture, key, literal) -> assertTrue(
                views.jsonTexts(viewer, path.apply(fixture)).contains(literal),
                () -> path.apply(fixture) + " does not hold the literal text of " + key);
    }

    /** A CSV file holds the literal text (quotes doubled inside a quoted field); it is data, not a page. */
    private static Place csv(Function<XssFixture, String> path) {
        return (views, fixture, key, literal) -> assertTrue(
                new String(views.download(MEDEWERKER, path.apply(fixture)), StandardCharsets.UTF_8)
                        .contains(literal.replace("\"", "\"\"")),
                () -> path.apply(fixture) + " does not hold the literal text of " + key);
    }

    private static Place xlsx(Function<XssFixture, String> path) {
        return (views, fixture, key, literal) -> assertTrue(
                views.xlsxTexts(MEDEWERKER, path.apply(fixture)).contains(literal),
                () -> path.apply(fixture) + " does not hold the literal text of " + key);
    }

    /** A calendar program reads the literal text back from a valid iCalendar file. */
    private static Place ical(Function<XssFixture, String> path) {
        return (views, fixture, key, literal) -> assertTrue(views.icalTexts(path.apply(fixture)).contains(literal),
                () -> path.apply(fixture) + " does not hold the literal text of " + key);
    }

    /** The mail is plain text (no HTML part to escape in) and holds the literal text. */
    private static Place mail(Function<XssFixture, String> address, String subjectPart) {
        return (views, fixture, key, literal) -> assertTrue(
                XssViews.mailText(address.apply(fixture), subjectPart).contains(literal),
                () -> "the mail \"" + subjectPart + "\" does not hold the literal text of " + key);
    }

    /** The committee's own review, shown only in the form that opens by Ajax on the review page. */
    private record ReviewForm() implements Place {
        @Override
        public void check(XssViews views, XssFixture fixture, String key, String literal) {
            XssPayload.assertEscaped(views.reviewForm(), key, "the review form");
        }
    }
}
