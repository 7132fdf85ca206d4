package nl.leiden.healthysociety.it.security;

import static nl.leiden.healthysociety.it.security.AccessRow.Sees.FORBIDDEN;
import static nl.leiden.healthysociety.it.security.AccessRow.Sees.NOT_FOUND;
import static nl.leiden.healthysociety.it.security.AccessRow.Sees.PAGE_WITHOUT_ACTION;
import static nl.leiden.healthysociety.it.security.AccessRow.Sees.PAGE_WITH_ACTION;
import static nl.leiden.healthysociety.it.security.AccessRow.guarded;
import static nl.leiden.healthysociety.it.security.AccessRow.notOffered;
import static nl.leiden.healthysociety.it.security.AccessRow.open;
import static nl.leiden.healthysociety.it.security.AccessRow.readsOnly;
import static nl.leiden.healthysociety.it.support.DemoAccount.BEHEERDER;
import static nl.leiden.healthysociety.it.support.DemoAccount.MEDEWERKER;
import static nl.leiden.healthysociety.it.support.DemoAccount.PARTNER_GGD;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import nl.leiden.healthysociety.it.security.AccessRow.Kind;
import nl.leiden.healthysociety.it.security.ScreenActions.ScreenAction;
import nl.leiden.healthysociety.it.security.ScreenAttempts.Prepared;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;

/**
 * Access control on the screens, as a table with one row for every method a page can invoke. Each row that changes
 * data is tried by an anonymous visitor (the page and its form lead to the login page) and by a partner of
 * Hogeschool Leiden going for an object of GGD Hollands Midden or of the Center (the 403 or 404 page, or a page
 * without the button; the form sent anyway, from every page it may open, is refused), each time with the database
 * unchanged; a control shows that the same clicks, by someone who may, do change it. Rows that change nothing, or
 * that are meant for everyone, say why. The table is checked against the pages themselves, so a new button on a
 * screen fails this test until it has a row.
 */
class AccessControlScreenIT extends ServerTest {

    private static final String NOTE = "Gezet door de toegangstest";

    @TestFactory
    Stream<DynamicNode> everyActionOnTheScreensIsGuarded() {
        List<AccessRow> table = table();
        ScreenAttempts attempts = new ScreenAttempts(baseUrl);
        DynamicTest complete = dynamicTest("the table has a row for every action on the screens, and no other",
                () -> assertComplete(table));
        return Stream.concat(Stream.of(complete),
                table.stream().filter(row -> row.kind == Kind.GUARDED).map(row -> tried(row, attempts)))
                .onClose(attempts::close);
    }

    private static DynamicNode tried(AccessRow row, ScreenAttempts attempts) {
        Supplier<Prepared> prepared = once(() -> attempts.prepare(row));
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("anonymous visitor: login page, nothing changed",
                () -> attempts.anonymous(prepared.get())));
        tests.add(dynamicTest("partner of Hogeschool Leiden: " + row.foreign + ", its posts refused, nothing changed",
                () -> attempts.foreignPartner(prepared.get())));
        if (row.noControl == null) {
            tests.add(dynamicTest("control: " + row.owner.username() + " may, and the database changes",
                    () -> attempts.control(prepared.get())));
        }
        return dynamicContainer(row.toString(), tests);
    }

    private static void assertComplete(List<AccessRow> table) {
        Set<ScreenAction> onScreens = ScreenActions.in(ScreenActions.webapp());
        Set<ScreenAction> inTable = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (AccessRow row : table) {
            if (!inTable.add(row.action())) {
                twice.add(row.toString());
            }
        }
        Set<ScreenAction> missing = new TreeSet<>(onScreens);
        missing.removeAll(inTable);
        Set<ScreenAction> stale = new TreeSet<>(inTable);
        stale.removeAll(onScreens);
        assertTrue(missing.isEmpty() && stale.isEmpty() && twice.isEmpty(), () -> "The access-control table does not"
                + " match the pages.\nActions on the screens without a row (add one: guarded, or reads only / public"
                + " with the reason):\n  " + join(missing) + "\nRows for actions no page has any more:\n  "
                + join(stale) + "\nRows given twice:\n  " + String.join("\n  ", twice));
    }

    /** The table. Placeholders such as {victim} come from the row's fixture. */
    private static List<AccessRow> table() {
        return List.of(
                // The layout, on every page
                readsOnly("WEB-INF/templates/layout", "logoutBacking.logout", "ends the session; stores nothing"),

                // Public pages and personal links
                open("login", "loginBacking.login", "logging in is for everyone (brute force: BruteForceIT)"),
                open("login", "loginBacking.confirm", "the second login step, only after the right password in"
                        + " this session; a wrong or used code counts as a failed login (SecondFactorIT)"),
                readsOnly("login", "loginBacking.restart", "forgets the half-finished login; stores nothing"),
                open("intranet/tweestapsverificatie", "secondFactorBacking.enrol", "changes only the caller's own"
                        + " account, named by nobody's id; visitors get the login page (SecondFactorIT)"),
                open("intranet/tweestapsverificatie", "secondFactorBacking.remove", "changes only the caller's own"
                        + " account, with a current code; a beheerder's stays (SecondFactorIT)"),
                open("wachtwoord-vergeten", "forgotPasswordBacking.send",
                        "anyone may ask for a reset link; the answer never says whether the address has an account"),
                readsOnly("wachtwoord-instellen", "passwordLinkBacking.load", "shows whose link it is"),
                open("wachtwoord-instellen", "passwordLinkBacking.save",
                        "the one-time code in the e-mailed link is the credential (PasswordApiIT)"),
                readsOnly("bijeenkomst", "meetingPageBacking.load", "shows a published meeting"),
                open("bijeenkomst", "meetingPageBacking.register",
                        "residents register for meetings without an account"),
                readsOnly("aanmelding", "myRegistrationBacking.load", "shows the registration behind the link"),
                readsOnly("aanmelding", "myRegistrationBacking.askToCancel", "opens the confirmation"),
                readsOnly("aanmelding", "myRegistrationBacking.keep", "closes the confirmation"),
                open("aanmelding", "myRegistrationBacking.cancel",
                        "the code in the personal link from the e-mail is the credential (RegistrationApiIT)"),
                open("vraag-stellen", "askBacking.ask", "anyone may ask the Meeting Point a question"),
                open("intranet/vraag-stellen", "askBacking.ask",
                        "every account may ask, as itself; anyone may ask on /vraag-stellen anyway"),
                readsOnly("intranet/vraag-stellen", "askBacking.prefill", "fills in the account's own details"),
                readsOnly("mijn-vraag", "myQuestionBacking.load", "shows the question behind the link"),
                open("mijn-vraag", "myQuestionBacking.send",
                        "the asker replies; the code in the personal link is the credential (QuestionApiIT)"),
                readsOnly("kennisfestival", "publicProgrammeBacking.load", "shows the published programme"),
                readsOnly("mijn-festivalprogramma", "myProgrammeBacking.load",
                        "shows the programme behind the personal link"),
                notOffered("preventieakkoord", "reportTextBacking.save",
                        "the public summary includes the ambitions with manage=false: the report form is never"
                                + " rendered there, and a form that is not rendered is not decoded"),

                // Lists, searches and overviews
                readsOnly("intranet/initiatieven", "initiativeListBacking.load", "lists initiatives"),
                readsOnly("intranet/initiatieven", "initiativeListBacking.search", "searches"),
                readsOnly("intranet/organisaties", "organisationListBacking.search", "searches"),
                readsOnly("intranet/meetingpoint-cijfers", "figuresBacking.load", "counts questions"),
                readsOnly("intranet/meetingpoint-agenda", "agendaBacking.load", "lists the open questions"),
                readsOnly("intranet/kennisfestival", "festivalOverviewBacking.load", "shows an edition"),

                // Initiatives
                readsOnly("intranet/initiatief", "initiativeBacking.load", "shows the initiative"),
                guarded("intranet/initiatief", "initiativeBacking.addProgress").by(PARTNER_GGD)
                        .given(ScreenFixtures::initiatives).at("?id={victim}")
                        .click("[id=progress:add]").fill("progress:text", NOTE)
                        .foreignPartnerSees(PAGE_WITHOUT_ACTION).attackerFrom("?id={own}"),
                readsOnly("intranet/initiatief-bewerken", "initiativeEditBacking.load", "fills in the form"),
                guarded("intranet/initiatief-bewerken", "initiativeEditBacking.save").by(PARTNER_GGD)
                        .given(ScreenFixtures::initiatives).at("?id={victim}")
                        .click("[id=form:save]").fill("form:title", NOTE + " {victim}")
                        .foreignPartnerSees(FORBIDDEN).attackerFrom("?id={own}").attackerFrom("", ""),
                readsOnly("intranet/initiatieven-importeren", "initiativeImportBacking.upload",
                        "reads the file into a preview; stores nothing"),
                readsOnly("intranet/initiatieven-importeren", "initiativeImportBacking.applyDecisions",
                        "recomputes the preview"),
                readsOnly("intranet/initiatieven-importeren", "initiativeImportBacking.cancel", "drops the preview"),
                guarded("intranet/initiatieven-importeren", "initiativeImportBacking.confirm").by(MEDEWERKER)
                        .clickUnrendered("preview", "preview:confirm", "[id=upload:preview]")
                        .foreignPartnerSees(PAGE_WITH_ACTION)
                        .withoutControl("the confirm button appears only after a file upload (ImportBrowserIT)"),

                // Meetings
                readsOnly("intranet/bijeenkomst", "meetingBacking.load", "shows the meeting"),
                readsOnly("intranet/bijeenkomst", "meetingBacking.askToCancel", "opens the confirmation"),
                readsOnly("intranet/bijeenkomst", "meetingBacking.keep", "closes the confirmation"),
                guarded("intranet/bijeenkomst", "meetingBacking.publish").by(MEDEWERKER)
                        .given(ScreenFixtures::conceptMeetings).at("?id={victim}")
                        .click("[id=meeting:publish]")
                        .foreignPartnerSees(NOT_FOUND).attackerFrom("?id={own}"),
                guarded("intranet/bijeenkomst", "meetingBacking.cancel").by(MEDEWERKER)
                        .given(ScreenFixtures::publishedMeetings).at("?id={victim}")
                        .after("[id=meeting:cancelMeeting]").click("[id=meeting:confirmCancel]")
                        .foreignPartnerSees(PAGE_WITHOUT_ACTION).attackerFrom("?id={own}"),
                guarded("intranet/bijeenkomst", "meetingBacking.retryMail").by(MEDEWERKER)
                        .given(ScreenFixtures::meetingWithFailedMail).at("?id={victim}")
                        .click("[id=meeting:retryMail]").foreignPartnerSees(PAGE_WITHOUT_ACTION)
                        .watching("select count(*) from mail_message where meeting_id = {victim}"
                                + " and status = 'FAILED'"),
                readsOnly("intranet/bijeenkomst-bewerken", "meetingEditBacking.load", "fills in the form"),
                guarded("intranet/bijeenkomst-bewerken", "meetingEditBacking.save").by(PARTNER_GGD)
                        .given(ScreenFixtures::conceptMeetings).at("?id={victim}")
                        .click("[id=form:save]").fill("form:title", NOTE + " {victim}")
                        .foreignPartnerSees(NOT_FOUND).attackerFrom("?id={own}").attackerFrom("", ""),
                readsOnly("intranet/aanwezigheid", "checkInBacking.load", "lists who registered"),
                guarded("intranet/aanwezigheid", "checkInBacking.present").by(MEDEWERKER)
                        .given(f -> f.meetingWithRegistration(null)).at("?id={victim}")
                        .click("[aria-label=\"Aanwezig: {name}\"]").foreignPartnerSees(FORBIDDEN),
                guarded("intranet/aanwezigheid", "checkInBacking.noShow").by(MEDEWERKER)
                        .given(f -> f.meetingWithRegistration(null)).at("?id={victim}")
                        .click("[aria-label=\"Niet verschenen: {name}\"]").foreignPartnerSees(FORBIDDEN),
                guarded("intranet/aanwezigheid", "checkInBacking.undo").by(MEDEWERKER)
                        .given(f -> f.meetingWithRegistration("PRESENT")).at("?id={victim}")
                        .click("[aria-label=\"Herstel: {name}\"]").foreignPartnerSees(FORBIDDEN),
                readsOnly("intranet/bijeenkomst-uitkomsten", "outcomeBacking.load", "shows the outcomes"),
                readsOnly("intranet/bijeenkomst-uitkomsten", "outcomeBacking.startFollowUp",
                        "opens the follow-up form"),
                readsOnly("intranet/bijeenkomst-uitkomsten", "outcomeBacking.closeFollowUp",
                        "closes the follow-up form"),
                outcome("outcomeBacking.saveMinutes").click("[id=minutesForm:saveMinutes]")
                        .fill("minutesForm:minutes", NOTE),
                outcome("outcomeBacking.addInsight").click("[id=insightForm:addInsight]")
                        .fill("insightForm:insightGroup", "{group}").fill("insightForm:insightText", NOTE),
                outcome("outcomeBacking.removeInsight").click("form[id=insights] li button"),
                outcome("outcomeBacking.addActionPlan").click("[id=planForm:addPlan]")
                        .fill("planForm:planTitle", NOTE).fill("planForm:planOwner", "{ggd}"),
                outcome("outcomeBacking.toInitiative").click("[aria-label^=\"Maak er een initiatief van\"]"),
                outcome("outcomeBacking.addCollaboration").click("[id=collaborationForm:addCollaboration]")
                        .fill("collaborationForm:collaborators", "{ggd}", "{hsl}")
                        .fill("collaborationForm:collaborationText", NOTE),
                guarded("intranet/bijeenkomst-uitkomsten", "outcomeBacking.addFollowUp").by(PARTNER_GGD)
                        .given(ScreenFixtures::outcomes).at("?id={victim}")
                        .after("[aria-label^=\"Voortgang toevoegen\"]").click("[id=plans:saveFollowUp]")
                        .fill("plans:followUpText", NOTE).foreignPartnerSees(PAGE_WITHOUT_ACTION),

                // The Meeting Point
                readsOnly("intranet/vraag", "questionBacking.load", "shows the question"),
                readsOnly("intranet/vraag", "questionBacking.askToHandBack", "opens the confirmation"),
                readsOnly("intranet/vraag", "questionBacking.keep", "closes the confirmation"),
                question("questionBacking.sendAnswer", PARTNER_GGD).click("[id=answer:send]")
                        .fill("answer:text", NOTE),
                question("questionBacking.addNote", PARTNER_GGD).click("[id=note:save]").fill("note:text", NOTE),
                question("questionBacking.handBack", PARTNER_GGD).after("[id=handBack:handBackButton]")
                        .click("[id=handBack:confirmHandBack]").fill("handBack:reason", NOTE),
                question("questionBacking.triage", MEDEWERKER).click("[id=triage:save]")
                        .fill("triage:priority", "HOOG"),
                question("questionBacking.assign", MEDEWERKER).click("[id=assignment:assign]")
                        .fill("assignment:organisations", "{hsl}"),
                question("questionBacking.link", MEDEWERKER).click("[id=links:saveLinks]").fill("links:topic", NOTE),
                guarded("intranet/meetingpoint-agenda", "agendaBacking.decide").by(MEDEWERKER)
                        .given(ScreenFixtures::agendaQuestion)
                        .click("li:has(h2 a:containsOwn({victim})) button[id$=:decide]")
                        .fill("li:has(h2 a:containsOwn({victim})) textarea", NOTE).foreignPartnerSees(FORBIDDEN),

                // The prevention accord
                readsOnly("intranet/akkoord-nieuw", "accordCreateBacking.load", "fills in the form"),
                readsOnly("intranet/akkoord-nieuw", "accordCreateBacking.predecessorChanged",
                        "shows the chosen predecessor's ambitions"),
                guarded("intranet/akkoord-nieuw", "accordCreateBacking.save").by(MEDEWERKER)
                        .given(f -> Fixture.of("name", TestData.uniqueName("Akkoord")))
                        .click("[id=form:save]").fill("form:name", "{name}").fill("form:startYear", "2024")
                        .fill("form:endYear", "2027").foreignPartnerSees(PAGE_WITH_ACTION),
                guarded("intranet/preventieakkoord", "ambitionBacking.add").by(MEDEWERKER)
                        .given(ScreenFixtures::accord).at("?id={victim}")
                        .click("[id=ambition:add]").fill("ambition:name", NOTE)
                        .foreignPartnerSees(PAGE_WITHOUT_ACTION),
                guarded("intranet/preventieakkoord", "reportTextBacking.save").by(MEDEWERKER)
                        .given(ScreenFixtures::accord).at("?id={victim}")
                        .click("form[id$=:report] button[id$=:save]").fill("report:text", NOTE)
                        .foreignPartnerSees(PAGE_WITHOUT_ACTION),
                readsOnly("intranet/ambitie-bewerken", "ambitionEditBacking.load", "fills in the form"),
                guarded("intranet/ambitie-bewerken", "ambitionEditBacking.save").by(MEDEWERKER)
                        .given(ScreenFixtures::accord).at("?akkoord={victim}&id={ambition}")
                        .click("[id=form:save]").fill("form:name", NOTE).foreignPartnerSees(PAGE_WITH_ACTION),
                readsOnly("intranet/indicator", "indicatorBacking.load", "shows the indicator"),
                guarded("intranet/indicator", "indicatorBacking.record").by(MEDEWERKER)
                        .given(ScreenFixtures::indicator).at("?id={victim}")
                        .click("[id=measurement:save]").fill("measurement:period", "2023")
                        .fill("measurement:area", "{area}").fill("measurement:value", "12")
                        .foreignPartnerSees(PAGE_WITHOUT_ACTION),
                guarded("intranet/indicator", "indicatorBacking.replace").by(MEDEWERKER)
                        .given(ScreenFixtures::indicator).at("?id={victim}")
                        .after("[id=measurement:save]").click("[id=measurement:replace]")
                        .fill("measurement:period", "2022").fill("measurement:area", "{area}")
                        .fill("measurement:value", "13").foreignPartnerSees(PAGE_WITHOUT_ACTION),
                readsOnly("intranet/indicator-bewerken", "indicatorEditBacking.load", "fills in the form"),
                guarded("intranet/indicator-bewerken", "indicatorEditBacking.save").by(MEDEWERKER)
                        .given(ScreenFixtures::indicator).at("?id={victim}")
                        .click("[id=form:save]").fill("form:name", NOTE).foreignPartnerSees(PAGE_WITH_ACTION),
                readsOnly("intranet/metingen-importeren", "measurementImportBacking.upload",
                        "reads the file into a preview; stores nothing"),
                readsOnly("intranet/metingen-importeren", "measurementImportBacking.refresh",
                        "recomputes the preview"),
                readsOnly("intranet/metingen-importeren", "measurementImportBacking.cancel", "drops the preview"),
                guarded("intranet/metingen-importeren", "measurementImportBacking.confirm").by(MEDEWERKER)
                        .clickUnrendered("preview", "preview:confirm", "[id=upload:preview]")
                        .foreignPartnerSees(PAGE_WITH_ACTION)
                        .withoutControl("the confirm button appears only after a file upload"
                                + " (MeasurementImportBrowserIT)"),

                // The Leids Kennisfestival
                readsOnly("intranet/sessievoorstel", "proposalEditBacking.load", "fills in the form"),
                readsOnly("intranet/sessievoorstel", "proposalEditBacking.askToWithdraw", "opens the confirmation"),
                readsOnly("intranet/sessievoorstel", "proposalEditBacking.keep", "closes the confirmation"),
                guarded("intranet/sessievoorstel", "proposalEditBacking.save").by(PARTNER_GGD)
                        .given(ScreenFixtures::proposals).at("?id={victim}")
                        .click("[id=form:save]").fill("form:title", NOTE + " {victim}")
                        .foreignPartnerSees(NOT_FOUND).attackerFrom("?id={own}"),
                guarded("intranet/sessievoorstel", "proposalEditBacking.withdraw").by(PARTNER_GGD)
                        .given(ScreenFixtures::proposals).at("?id={victim}")
                        .after("[id=form:withdraw]").click("[id=form:confirmWithdraw]")
                        .foreignPartnerSees(NOT_FOUND).attackerFrom("?id={own}"),
                readsOnly("intranet/festival-beoordelen", "reviewBacking.load", "lists the proposals"),
                readsOnly("intranet/festival-beoordelen", "reviewBacking.select", "opens a proposal's review form"),
                review("reviewBacking.saveReview").click("[id=review:saveReview]").fill("review:score", "4")
                        .fill("review:comment", NOTE),
                review("reviewBacking.decide").click("[id=review:decide]").fill("review:decision", "GEACCEPTEERD")
                        .fill("review:feedback", NOTE),
                readsOnly("intranet/festival-editie", "editionBacking.load", "fills in the form"),
                edition("editionBacking.saveEdition").click("[id=edition:save]").fill("edition:theme", NOTE),
                edition("editionBacking.addVenue").click("[id=venue:addVenue]").fill("venue:venueName", NOTE)
                        .fill("venue:venueAddress", "Breestraat 1"),
                edition("editionBacking.addRoom").click("[id=room:addRoom]").fill("room:roomVenue", "{venue}")
                        .fill("room:roomName", NOTE).fill("room:roomCapacity", "30"),
                edition("editionBacking.addSlot").click("[id=slot:addSlot]").fill("slot:slotDay", "{day}")
                        .fill("slot:slotFrom", "14:00").fill("slot:slotTo", "15:00"),
                readsOnly("intranet/festival-programma", "programmeBacking.load", "shows the programme"),
                programme("programmeBacking.place", false).click("[id=place:doPlace]")
                        .fill("place:session", "{proposal}").fill("place:room", "{room}")
                        .fill("place:slot", "{slot}"),
                programme("programmeBacking.placeDropped", false).click("function:placeSession")
                        .parameter("proposal", "{proposal}").parameter("room", "{room}")
                        .parameter("slot", "{slot}"),
                programme("programmeBacking.unplace", true).click("[id=place:unplace]")
                        .fill("place:session", "{proposal}"),
                programme("programmeBacking.publish", true).click("[id=place:publish]"),

                // Beheer: the beheerder's pages
                readsOnly("beheer/organisatie", "organisationEditBacking.load", "fills in the form"),
                guarded("beheer/organisatie", "organisationEditBacking.save").by(BEHEERDER)
                        .given(f -> f.organisation(true)).at("?id={victim}")
                        .click("[id=form:save]").fill("form:name", NOTE + " {victim}")
                        .foreignPartnerSees(FORBIDDEN),
                guarded("beheer/organisatie", "organisationEditBacking.deactivate").by(BEHEERDER)
                        .given(f -> f.organisation(true)).at("?id={victim}")
                        .click("[id=form:deactivate]").foreignPartnerSees(FORBIDDEN),
                guarded("beheer/organisatie", "organisationEditBacking.reactivate").by(BEHEERDER)
                        .given(f -> f.organisation(false)).at("?id={victim}")
                        .click("[id=form:reactivate]").foreignPartnerSees(FORBIDDEN),
                guarded("beheer/accounts", "accountListBacking.disable").by(BEHEERDER)
                        .given(f -> f.account(true)).click("[aria-label$=\"{victim}\"][id$=:disable]")
                        .foreignPartnerSees(FORBIDDEN),
                guarded("beheer/accounts", "accountListBacking.enable").by(BEHEERDER)
                        .given(f -> f.account(false)).click("[aria-label$=\"{victim}\"][id$=:enable]")
                        .foreignPartnerSees(FORBIDDEN),
                guarded("beheer/account-nieuw", "accountCreateBacking.save").by(BEHEERDER)
                        .given(f -> Fixture.of("name", "0acl.nieuw." + TestData.uniqueName("").strip()))
                        .click("[id=form:save]").fill("form:username", "{name}").fill("form:displayName", NOTE)
                        .fill("form:email", "{name}@example.org").fill("form:role", "PARTNER")
                        .fill("form:organisation", String.valueOf(ScreenFixtures.organisation(ScreenFixtures.GGD)))
                        .fill("form:password", "Stevenshof-fiets-koffie-7").foreignPartnerSees(FORBIDDEN),
                guarded("beheer/account-uitnodigen", "accountInviteBacking.invite").by(BEHEERDER)
                        .given(f -> Fixture.of("email", "0acl.uitnodiging." + TestData.uniqueName("").strip()
                                + "@example.org"))
                        .click("[id=invite:send]").fill("invite:displayName", NOTE).fill("invite:email", "{email}")
                        .fill("invite:organisation", String.valueOf(ScreenFixtures.organisation(ScreenFixtures.GGD)))
                        .foreignPartnerSees(FORBIDDEN),
                readsOnly("beheer/persoonsgegevens", "personalDataBacking.export",
                        "downloads a person's data; stores nothing"),
                readsOnly("beheer/persoonsgegevens", "personalDataBacking.askToErase", "opens the confirmation"),
                readsOnly("beheer/persoonsgegevens", "personalDataBacking.keep", "closes the confirmation"),
                guarded("beheer/persoonsgegevens", "personalDataBacking.erase").by(BEHEERDER)
                        .given(ScreenFixtures::personalData).after("[id=request:erase]")
                        .click("[id=request:confirmErase]").fill("request:email", "{victim}")
                        .foreignPartnerSees(FORBIDDEN));
    }

    /** A Center's action on the outcomes of a published meeting of GGD Hollands Midden. */
    private static AccessRow outcome(String method) {
        return guarded("intranet/bijeenkomst-uitkomsten", method).by(MEDEWERKER).given(ScreenFixtures::outcomes)
                .at("?id={victim}").foreignPartnerSees(PAGE_WITHOUT_ACTION);
    }

    /** An action on a question assigned to GGD Hollands Midden; the attacker has one assigned to its own. */
    private static AccessRow question(String method, DemoAccount owner) {
        return guarded("intranet/vraag", method).by(owner).given(ScreenFixtures::questions).at("?id={victim}")
                .foreignPartnerSees(FORBIDDEN).attackerFrom("?id={own}");
    }

    /** The committee reviewing a proposal of GGD Hollands Midden. */
    private static AccessRow review(String method) {
        return guarded("intranet/festival-beoordelen", method).by(MEDEWERKER)
                .given(ScreenFixtures::proposalToReview).at("?editie={victim}")
                .after("[aria-label=\"Beoordelen: {title}\"]").foreignPartnerSees(FORBIDDEN);
    }

    /** Arranging a festival edition. */
    private static AccessRow edition(String method) {
        return guarded("intranet/festival-editie", method).by(MEDEWERKER).given(ScreenFixtures::edition)
                .at("?editie={victim}").foreignPartnerSees(PAGE_WITH_ACTION);
    }

    /** Placing sessions in a festival edition's programme. */
    private static AccessRow programme(String method, boolean placed) {
        return guarded("intranet/festival-programma", method).by(MEDEWERKER).given(f -> f.programme(placed))
                .at("?editie={victim}").foreignPartnerSees(PAGE_WITH_ACTION);
    }

    private static String join(Set<ScreenAction> actions) {
        return actions.stream().map(ScreenAction::toString).collect(Collectors.joining("\n  "));
    }

    /** Made on first use and kept, so the row's three tests share its objects and the owner's clicks. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T made;
            private AssertionError failed;

            @Override
            public synchronized T get() {
                if (made == null && failed == null) {
                    try {
                        made = make.get();
                    } catch (RuntimeException | AssertionError e) {
                        failed = new AssertionError("Could not set up the row: " + e.getMessage(), e);
                    }
                }
                if (failed != null) {
                    throw failed;
                }
                return made;
            }
        };
    }
}
