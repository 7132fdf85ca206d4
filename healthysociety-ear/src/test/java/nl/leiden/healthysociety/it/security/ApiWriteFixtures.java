package nl.leiden.healthysociety.it.security;

import static nl.leiden.healthysociety.it.security.ApiWrite.array;
import static nl.leiden.healthysociety.it.security.ApiWrite.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.FestivalData;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * The victim's data for the access-control table: what GGD Hollands Midden owns (an initiative it leads, a concept
 * and a published meeting it organises with a registration, an action plan it owns, session proposals, a question
 * assigned to it), and the Center's data that only staff change (an insight, a festival edition with venue, room,
 * slot and a placed session, the accord's ambition and an indicator). Made through the API by the accounts that may,
 * with unique names, so that every row's request would succeed for a caller with the right.
 */
final class ApiWriteFixtures {

    static final String GGD = "GGD Hollands Midden";
    static final String HSL = "Hogeschool Leiden";
    static final LocalDateTime IN_THREE_WEEKS = LocalDateTime.now().plusDays(21).withHour(15).withMinute(0)
            .withSecond(0).withNano(0);

    final long ggd = TestData.organisationId(GGD);
    final long hsl = TestData.organisationId(HSL);
    final long ggdVersion = version("organisation", ggd);

    final long initiative;
    final long initiativeVersion;

    final long concept;
    final long conceptVersion;
    final long meeting;
    final long registration;
    final String registrantEmail;
    final long insight;
    final long actionPlan;
    final long actionPlanVersion;

    final long edition;
    final long editionYear;
    final LocalDate festivalDay;
    final long venue;
    final long room;
    final long slot;
    final long proposal;
    final long proposalVersion;
    final long acceptedProposal;

    final long question;

    final long accord = TestDatabase.number("select id from prevention_accord where name = ?",
            "Leiden Gezond en Vitaal");
    final long ambition = TestDatabase.number("select id from ambition where code = 'ROOKVRIJ'");
    final String ambitionName = TestDatabase.text("select name from ambition where id = ?", ambition);
    final long ambitionVersion = version("ambition", ambition);
    final long reportTextVersion = TestDatabase.number(
            "select version from accord_ambition where accord_id = ? and ambition_id = ?", accord, ambition);
    final long indicator;
    final long indicatorVersion;
    final long city = TestData.areaId("Leiden");

    ApiWriteFixtures(URL baseUrl) {
        Api medewerker = Api.as(baseUrl, DemoAccount.MEDEWERKER);
        Api partner = Api.as(baseUrl, DemoAccount.PARTNER_GGD);
        Api anonymous = Api.anonymous(baseUrl);

        initiative = TestData.initiative(partner, TestData.initiativeJson(name("Initiatief"), ggd).build())
                .getJsonNumber("id")
                .longValue();
        initiativeVersion = version("initiative", initiative);

        concept = TestData.meeting(partner, meetingJson("Concept").build());
        conceptVersion = version("meeting", concept);
        meeting = TestData.meeting(partner, meetingJson("Kenniscafé").build());
        assertEquals(200, medewerker.post("api/intranet/meetings/" + meeting + "/publish", null).status());
        registrantEmail = TestMail.address("Deelnemer GGD");
        assertEquals(201, TestData.register(anonymous, meeting,
                TestData.registrationJson("Deelnemer GGD", registrantEmail).build()).status());
        registration = TestDatabase.number("select id from registration where meeting_id = ?", meeting);
        insight = created(medewerker.post("api/intranet/meetings/" + meeting + "/insights",
                object("text", "Inwoners willen vaker samen bewegen.")));
        actionPlan = created(medewerker.post("api/intranet/meetings/" + meeting + "/action-plans",
                object("title", name("Actieplan"), "ownerId", ggd, "dueDate", LocalDate.now().plusMonths(2))));
        actionPlanVersion = version("action_plan", actionPlan);

        edition = FestivalData.openEdition(medewerker);
        editionYear = TestDatabase.number("select festival_year from festival_edition where id = ?", edition);
        festivalDay = FestivalData.firstDay(medewerker, edition);
        venue = FestivalData.venue(medewerker, edition, "Pieterskerk");
        room = FestivalData.room(medewerker, venue, "Koor", 60);
        slot = FestivalData.slot(medewerker, edition, festivalDay, "10:00", "11:00");
        proposal = FestivalData.submit(partner, edition, proposalJson("Voorstel"));
        proposalVersion = version("session_proposal", proposal);
        acceptedProposal = FestivalData.submit(partner, edition, proposalJson("Geaccepteerd voorstel"));
        FestivalData.accept(medewerker, acceptedProposal);
        assertEquals(200, FestivalData.place(medewerker, acceptedProposal, room, slot).status());

        question = TestData.ask(anonymous,
                TestData.questionJson("Vrager", TestMail.address("Vrager")).build());
        assertEquals(200, medewerker.put("api/intranet/questions/" + question + "/assignment",
                object("organisationIds", array(ggd))).status());

        indicator = created(medewerker.post("api/intranet/indicators", indicatorJson(name("Indicator"))));
        indicatorVersion = version("indicator", indicator);
    }

    /** A Kenniscafé in three weeks organised by GGD Hollands Midden, as its partner drafts it. */
    JsonObjectBuilder meetingJson(String title) {
        return TestData.meetingJson(name(title), IN_THREE_WEEKS, 25, ggd);
    }

    /** A session proposal of GGD Hollands Midden. */
    JsonObjectBuilder proposalJson(String title) {
        return FestivalData.proposal(name(title), GGD, TestMail.address("Indiener GGD"));
    }

    /** A smoking indicator for the city, with baseline and target. */
    JsonObject indicatorJson(String name) {
        return object("ambitionId", ambition, "name", name, "unit", "PERCENTAGE", "direction", "LOWER_IS_BETTER",
                "baselineYear", 2020, "baselineValue", 20, "targetYear", 2030, "targetValue", 10, "areaLevels",
                array("STAD"));
    }

    static String name(String prefix) {
        return TestData.uniqueName(prefix + " toegangstest");
    }

    private static long version(String table, long id) {
        return TestDatabase.number("select version from " + table + " where id = ?", id);
    }

    private static long created(Api.Response response) {
        assertEquals(201, response.status(), response::toString);
        return response.json().getJsonNumber("id").longValue();
    }
}
