package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.FestivalData;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * The objects the access-control table attacks, made through the API as their owners make them: for each kind of
 * object one of GGD Hollands Midden (the victim) and, where the attacker needs one to open the same page, one of
 * Hogeschool Leiden (the attacker's own). Every row gets fresh ones, since its control really changes them. Writes go
 * over the owners' sessions (see {@link SessionApi}); only the few PUTs use HTTP Basic.
 */
final class ScreenFixtures {

    static final String GGD = "GGD Hollands Midden";
    static final String HSL = "Hogeschool Leiden";

    private final SessionApi beheerder;
    private final SessionApi medewerker;
    private final SessionApi ggd;
    private final SessionApi hsl;
    private final Api medewerkerPuts;
    private final Api anonymous;

    ScreenFixtures(URL baseUrl) {
        beheerder = new SessionApi(baseUrl, DemoAccount.BEHEERDER);
        medewerker = new SessionApi(baseUrl, DemoAccount.MEDEWERKER);
        ggd = new SessionApi(baseUrl, DemoAccount.PARTNER_GGD);
        hsl = new SessionApi(baseUrl, DemoAccount.PARTNER_HSL);
        medewerkerPuts = Api.as(baseUrl, DemoAccount.MEDEWERKER);
        anonymous = Api.anonymous(baseUrl);
    }

    static long organisation(String name) {
        return TestData.organisationId(name);
    }

    /** An initiative led by each partner's organisation, made by that partner. */
    Fixture initiatives() {
        return Fixture.of("victim", initiative(ggd, GGD), "own", initiative(hsl, HSL));
    }

    /** A concept meeting drafted by each partner for its own organisation. */
    Fixture conceptMeetings() {
        return Fixture.of("victim", concept(ggd, GGD), "own", concept(hsl, HSL));
    }

    /** A published meeting organised by each partner's organisation. */
    Fixture publishedMeetings() {
        return Fixture.of("victim", published(GGD), "own", published(HSL));
    }

    /** A published meeting of GGD Hollands Midden with one registration whose confirmation could not be sent. */
    Fixture meetingWithFailedMail() {
        long meeting = published(GGD);
        registration(meeting, "Mislukte Mail");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (TestDatabase.number("select count(*) from mail_message where meeting_id = ? and status <> 'SENT'",
                meeting) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The confirmation for meeting " + meeting + " was not sent");
            }
            pause();
        }
        TestDatabase.update("update mail_message set status = 'FAILED', last_error = 'Getest' where meeting_id = ?",
                meeting);
        return Fixture.of("victim", meeting);
    }

    /** A published meeting of GGD Hollands Midden with one confirmed registration, attendance recorded or not. */
    Fixture meetingWithRegistration(String attendance) {
        long meeting = published(GGD);
        String name = TestData.uniqueName("Deelnemer");
        long registration = registration(meeting, name);
        if (attendance != null) {
            Api.Response recorded = medewerkerPuts.put("api/intranet/meetings/" + meeting + "/registrations/"
                    + registration + "/attendance", Json.createObjectBuilder().add("attendance", attendance).build());
            assertEquals(204, recorded.status(), recorded::toString);
        }
        return Fixture.of("victim", meeting, "name", name);
    }

    /**
     * What came out of a published Beleidslab of GGD Hollands Midden: an insight in one of its theme groups, and an
     * action plan that GGD Hollands Midden owns.
     */
    Fixture outcomes() {
        long meeting = medewerker.create("api/intranet/meetings", TestData.meetingJson(
                TestData.uniqueName("Beleidslab"), nextMonth(), 25, organisation(GGD))
                .add("type", "BELEIDSLAB")
                .add("themeGroups", Json.createArrayBuilder().add("Ontmoeting").add("Groen"))
                .build());
        publish(meeting);
        long group = TestDatabase.number("select min(id) from meeting_theme_group where meeting_id = ?", meeting);
        // In a theme group: the page cannot yet show staff its choice of group next to insights for the whole
        // meeting.
        long insight = medewerker.create("api/intranet/meetings/" + meeting + "/insights",
                Json.createObjectBuilder().add("groupId", group).add("text", TestData.uniqueName("Inzicht")).build());
        long plan = medewerker.create("api/intranet/meetings/" + meeting + "/action-plans", Json.createObjectBuilder()
                .add("title", TestData.uniqueName("Actieplan"))
                .add("ownerId", organisation(GGD))
                .build());
        return Fixture.of("victim", meeting, "insight", insight, "plan", plan, "group", group, "ggd",
                organisation(GGD), "hsl", organisation(HSL));
    }

    /** A question to the Meeting Point assigned to each partner's organisation. */
    Fixture questions() {
        return Fixture.of("victim", assignedQuestion(GGD), "own", assignedQuestion(HSL), "hsl", organisation(HSL));
    }

    /** An open question, and so on the agenda of the partners' Meeting Point meeting, by its reference. */
    Fixture agendaQuestion() {
        Api.Response asked = anonymous.post("api/questions",
                TestData.questionJson("Agenda", TestMail.address("Agenda")).build());
        assertEquals(201, asked.status(), asked::toString);
        return Fixture.of("victim", asked.json().getString("reference"));
    }

    /** A festival edition whose call is open, with a proposal of each partner. */
    Fixture proposals() {
        long edition = openEdition();
        return Fixture.of("edition", edition, "victim", proposal(ggd, edition, GGD), "own",
                proposal(hsl, edition, HSL));
    }

    /** A festival edition with a proposal of GGD Hollands Midden waiting for the committee. */
    Fixture proposalToReview() {
        long edition = openEdition();
        String title = TestData.uniqueName("Sessie ter beoordeling");
        ggd.create("api/intranet/festival/editions/" + edition + "/proposals",
                FestivalData.proposal(title, GGD, TestMail.address("Spreker")).build());
        return Fixture.of("victim", edition, "title", title);
    }

    /** A festival edition with a venue, a room, a slot and an accepted proposal of GGD Hollands Midden. */
    Fixture programme(boolean placed) {
        long edition = openEdition();
        long venue = venue(edition);
        long room = medewerker.create("api/intranet/festival/venues/" + venue + "/rooms",
                Json.createObjectBuilder().add("name", TestData.uniqueName("Zaal")).add("capacity", 40).build());
        long slot = medewerker.create("api/intranet/festival/editions/" + edition + "/slots",
                Json.createObjectBuilder()
                        .add("day", firstDay(edition).toString())
                        .add("startsAt", "10:00:00")
                        .add("endsAt", "11:00:00")
                        .build());
        long proposal = proposal(ggd, edition, GGD);
        medewerker.post("api/intranet/festival/proposals/" + proposal + "/decision",
                Json.createObjectBuilder().add("decision", "GEACCEPTEERD").build());
        if (placed) {
            Api.Response response = FestivalData.place(medewerkerPuts, proposal, room, slot);
            assertEquals(200, response.status(), response::toString);
        }
        return Fixture.of("victim", edition, "proposal", proposal, "venue", venue, "room", room, "slot", slot);
    }

    /** A festival edition with a venue, for the pages that arrange one. */
    Fixture edition() {
        long edition = openEdition();
        return Fixture.of("victim", edition, "venue", venue(edition), "day", firstDay(edition));
    }

    /** An accord of its own, with one ambition, so that changing it touches no other test's accord. */
    Fixture accord() {
        long accord = medewerker.create("api/intranet/accords", Json.createObjectBuilder()
                .add("name", TestData.uniqueName("Akkoord"))
                .add("startYear", 2024)
                .add("endYear", 2027)
                .build());
        long ambition = medewerker.create("api/intranet/accords/" + accord + "/ambitions",
                Json.createObjectBuilder().add("name", TestData.uniqueName("Ambitie")).build());
        return Fixture.of("victim", accord, "ambition", ambition);
    }

    /** An indicator (of an ambition of a fresh accord) for the whole city, measured in 2022. */
    Fixture indicator() {
        Fixture accord = accord();
        long ambition = Long.parseLong(accord.fill("{ambition}"));
        long indicator = medewerker.create("api/intranet/indicators", Json.createObjectBuilder()
                .add("ambitionId", ambition)
                .add("name", TestData.uniqueName("Indicator"))
                .add("unit", "PERCENTAGE")
                .add("direction", "LOWER_IS_BETTER")
                .add("baselineYear", 2020)
                .add("baselineValue", 20)
                .add("targetYear", 2030)
                .add("targetValue", 10)
                .add("source", "GGD Gezondheidsmonitor")
                .add("areaLevels", Json.createArrayBuilder().add("STAD"))
                .build());
        long area = TestData.areaId("Leiden");
        medewerker.post("api/intranet/measurements", Json.createObjectBuilder()
                .add("indicatorId", indicator)
                .add("period", 2022)
                .add("areaId", area)
                .add("value", 15)
                .build());
        return Fixture.of("victim", indicator, "ambition", ambition, "accord", accord.fill("{victim}"), "area", area);
    }

    /** An organisation, active or deactivated. */
    Fixture organisation(boolean active) {
        JsonObject made = beheerder.post("api/organisaties",
                TestData.organisationJson(TestData.uniqueName("Stichting")).build());
        long id = made.getJsonNumber("id").longValue();
        if (!active) {
            beheerder.post("api/organisaties/" + id + "/deactiveren?version=" + made.getJsonNumber("version")
                    .longValue(), null);
        }
        return Fixture.of("victim", id);
    }

    /**
     * An invited partner account, enabled or blocked, whose login name sorts before every other so that it is on the
     * first page of the accounts list.
     */
    Fixture account(boolean enabled) {
        String email = "0acl." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        beheerder.post("api/beheer/accounts/invitations", Json.createObjectBuilder()
                .add("displayName", "Toegang Test")
                .add("email", email)
                .add("organisationId", organisation(GGD))
                .build());
        if (!enabled) {
            TestDatabase.update("update account set enabled = false where username = ?", email);
        }
        return Fixture.of("victim", email);
    }

    /** Someone who registered for a meeting: a person whose data a beheerder may export or erase. */
    Fixture personalData() {
        String email = TestMail.address("Persoonsgegevens");
        long meeting = concept(medewerker, "Gemeente Leiden");
        publish(meeting);
        Api.Response registered = TestData.register(anonymous, meeting,
                TestData.registrationJson("Wis Mij", email).build());
        assertEquals(201, registered.status(), registered::toString);
        return Fixture.of("victim", email);
    }

    private static long initiative(SessionApi partner, String organisation) {
        return partner.create("api/intranet/initiatives", TestData.initiativeJson(TestData.uniqueName("Initiatief"),
                organisation(organisation)).build());
    }

    private static long concept(SessionApi caller, String organisation) {
        return caller.create("api/intranet/meetings", TestData.meetingJson(TestData.uniqueName("Kenniscafé"),
                nextMonth(), 25, organisation(organisation)).build());
    }

    private long published(String organisation) {
        long meeting = concept(medewerker, organisation);
        publish(meeting);
        return meeting;
    }

    private void publish(long meeting) {
        medewerker.post("api/intranet/meetings/" + meeting + "/publish", null);
    }

    private long registration(long meeting, String name) {
        Api.Response registered = TestData.register(anonymous, meeting,
                TestData.registrationJson(name, TestMail.address(name)).build());
        assertEquals(201, registered.status(), registered::toString);
        return TestDatabase.number("select id from registration where meeting_id = ? and name = ?", meeting, name);
    }

    private long assignedQuestion(String organisation) {
        long id = TestData.ask(anonymous, TestData.questionJson("Vraagsteller", TestMail.address("Vraagsteller"))
                .build());
        Api.Response assigned = medewerkerPuts.put("api/intranet/questions/" + id + "/assignment",
                Json.createObjectBuilder()
                        .add("organisationIds", Json.createArrayBuilder().add(organisation(organisation)))
                        .build());
        assertEquals(200, assigned.status(), assigned::toString);
        return id;
    }

    private static long proposal(SessionApi partner, long edition, String organisation) {
        return partner.create("api/intranet/festival/editions/" + edition + "/proposals",
                FestivalData.proposal(TestData.uniqueName("Sessie"), organisation, TestMail.address("Spreker"))
                        .build());
    }

    /** A new edition on 2 and 3 October of a year no other edition has, whose call for sessions is open now. */
    private long openEdition() {
        long year = TestDatabase.number("select coalesce(max(festival_year), 2029) + 1 from festival_edition");
        LocalDateTime now = LocalDateTime.now().withNano(0);
        LocalDate first = LocalDate.of((int) year, 10, 2);
        return medewerker.create("api/intranet/festival/editions", Json.createObjectBuilder()
                .add("year", year)
                .add("theme", TestData.uniqueName("Thema"))
                .add("firstDay", first.toString())
                .add("lastDay", first.plusDays(1).toString())
                .add("callOpensAt", now.minusDays(10).toString())
                .add("callClosesAt", now.plusDays(10).toString())
                .build());
    }

    private long venue(long edition) {
        return medewerker.create("api/intranet/festival/editions/" + edition + "/venues",
                Json.createObjectBuilder().add("name", TestData.uniqueName("Locatie")).build());
    }

    private static LocalDate firstDay(long edition) {
        return LocalDate.parse(TestDatabase.text("select cast(first_day as varchar) from festival_edition where id = ?",
                edition));
    }

    private static LocalDateTime nextMonth() {
        return LocalDate.now().plusDays(30).atTime(19, 30);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
