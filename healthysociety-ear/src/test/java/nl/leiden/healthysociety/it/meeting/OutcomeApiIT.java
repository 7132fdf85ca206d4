package nl.leiden.healthysociety.it.meeting;

import static nl.leiden.healthysociety.it.support.TestData.areaId;
import static nl.leiden.healthysociety.it.support.TestData.meeting;
import static nl.leiden.healthysociety.it.support.TestData.meetingJson;
import static nl.leiden.healthysociety.it.support.TestData.organisationId;
import static nl.leiden.healthysociety.it.support.TestData.publishedMeeting;
import static nl.leiden.healthysociety.it.support.TestData.register;
import static nl.leiden.healthysociety.it.support.TestData.registrationJson;
import static nl.leiden.healthysociety.it.support.TestData.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * What came out of a meeting: insights per theme group, action plans with follow-ups and the overdue list, new
 * collaborations, an action plan becoming an initiative, and attendance with its statistics.
 */
class OutcomeApiIT extends ServerTest {

    @Test
    void insightsAreGroupedPerThemeGroup() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long lab = meeting(medewerker,
                meetingJson(uniqueName("Beleidslab"), LocalDateTime.now().plusDays(5).withNano(0),
                        30, organisationId("Gemeente Leiden"))
                        .add("type", "BELEIDSLAB")
                        .add("themeGroups", Json.createArrayBuilder().add("Ontmoeting").add("Mobiliteit").add("Groen"))
                        .build());
        assertEquals(404, api(DemoAccount.PARTNER_GGD).get("api/intranet/meetings/" + lab + "/outcomes").status(),
                "a concept's outcomes are not for partners");
        medewerker.post("api/intranet/meetings/" + lab + "/publish", null);
        JsonArray groups = medewerker.get("api/intranet/meetings/" + lab).json().getJsonArray("themeGroups");
        long groen = groups.getJsonObject(2).getJsonNumber("id").longValue();

        assertEquals(201, medewerker.post("api/intranet/meetings/" + lab + "/insights", Json.createObjectBuilder()
                .add("groupId", groen)
                .add("text", "Natuurlijk groen biedt meer voordelen dan kunstgras.")
                .build()).status());
        medewerker.post("api/intranet/meetings/" + lab + "/insights",
                Json.createObjectBuilder().add("text", "Iedereen wil een vervolg.").build());
        Api.Response empty = medewerker.post("api/intranet/meetings/" + lab + "/insights",
                Json.createObjectBuilder().add("text", "  ").build());
        medewerker.put("api/intranet/meetings/" + lab + "/minutes",
                Json.createObjectBuilder().add("text", "Verslag van het Beleidslab.").build());

        assertEquals(400, empty.status());
        JsonObject outcomes = api(DemoAccount.PARTNER_GGD).get("api/intranet/meetings/" + lab + "/outcomes").json();
        assertEquals("Verslag van het Beleidslab.", outcomes.getString("minutes"));
        JsonArray insightGroups = outcomes.getJsonArray("insights");
        assertEquals(4, insightGroups.size(), "the general insights and the three groups");
        assertEquals("Iedereen wil een vervolg.",
                insightGroups.getJsonObject(0).getJsonArray("insights").getJsonObject(0).getString("text"));
        assertEquals("Groen", insightGroups.getJsonObject(3).getString("name"));
        assertEquals(1, insightGroups.getJsonObject(3).getJsonArray("insights").size());
        assertEquals(403, api(DemoAccount.PARTNER_GGD).post("api/intranet/meetings/" + lab + "/insights",
                Json.createObjectBuilder().add("text", "Van een partner").build()).status());
    }

    @Test
    void actionPlansAreFollowedUpByTheirOwnerAndShowWhenOverdue() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long meetingId = publishedMeeting(medewerker, uniqueName("Kenniscafé actie"), 20);
        String title = uniqueName("Gezonde lunch op mbo-scholen");
        long planId = medewerker.post("api/intranet/meetings/" + meetingId + "/action-plans", Json.createObjectBuilder()
                .add("title", title)
                .add("ownerId", organisationId("GGD Hollands Midden"))
                .add("people", "Team gezonde school")
                .add("dueDate", LocalDate.now().minusDays(3).toString())
                .build()).json().getJsonNumber("id").longValue();

        JsonArray overdue = api(DemoAccount.PARTNER_HSL).get("api/intranet/action-plans/overdue").array();
        assertTrue(overdue.stream().anyMatch(plan -> plan.asJsonObject().getString("title").equals(title)));

        JsonObject followUp = Json.createObjectBuilder()
                .add("date", LocalDate.now().toString())
                .add("text", "Eerste gesprek met twee scholen gevoerd.")
                .add("status", "AFGEROND")
                .build();
        assertEquals(403, api(DemoAccount.PARTNER_HSL).post("api/intranet/action-plans/" + planId + "/follow-ups",
                followUp).status(), "not the owner's partner");
        assertEquals(201, api(DemoAccount.PARTNER_GGD).post("api/intranet/action-plans/" + planId + "/follow-ups",
                followUp).status());

        JsonObject plan = medewerker.get("api/intranet/meetings/" + meetingId + "/outcomes").json()
                .getJsonArray("actionPlans").getJsonObject(0);
        assertEquals("AFGEROND", plan.getString("status"));
        assertFalse(plan.getBoolean("overdue"));
        assertEquals("Eerste gesprek met twee scholen gevoerd.",
                plan.getJsonArray("followUps").getJsonObject(0).getString("text"));
        assertFalse(medewerker.get("api/intranet/action-plans/overdue").body().contains(title));
    }

    @Test
    void anActionPlanBecomesAnInitiativeLedByItsOwnerWithOneAction() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long meetingId = publishedMeeting(medewerker, uniqueName("Kenniscafé initiatief"), 20);
        String title = uniqueName("Beweegroutes voor ouderen");
        long planId = medewerker.post("api/intranet/meetings/" + meetingId + "/action-plans", Json.createObjectBuilder()
                .add("title", title)
                .add("ownerId", organisationId("Hogeschool Leiden"))
                .build()).json().getJsonNumber("id").longValue();

        Api.Response created = medewerker.post("api/intranet/action-plans/" + planId + "/initiative", null);
        Api.Response again = medewerker.post("api/intranet/action-plans/" + planId + "/initiative", null);

        assertEquals(201, created.status(), created::toString);
        long initiativeId = created.json().getJsonNumber("initiativeId").longValue();
        JsonObject initiative = medewerker.get("api/intranet/initiatives/" + initiativeId).json();
        assertEquals(title, initiative.getString("title"));
        assertEquals("Hogeschool Leiden", initiative.getJsonArray("leads").getJsonObject(0).getString("name"));
        assertEquals(409, again.status());
        assertEquals(initiativeId, medewerker.get("api/intranet/meetings/" + meetingId + "/outcomes").json()
                .getJsonArray("actionPlans").getJsonObject(0).getJsonNumber("initiativeId").longValue());
        assertEquals(403, api(DemoAccount.PARTNER_HSL).post("api/intranet/action-plans/" + planId + "/initiative",
                null).status());
    }

    @Test
    void aNewCollaborationNamesAtLeastTwoOrganisations() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long meetingId = publishedMeeting(medewerker, uniqueName("Kenniscafé samenwerking"), 20);

        Api.Response one = medewerker.post("api/intranet/meetings/" + meetingId + "/collaborations",
                Json.createObjectBuilder()
                        .add("organisationIds", Json.createArrayBuilder().add(organisationId("TNO")))
                        .add("description", "Alleen")
                        .build());
        Api.Response two = medewerker.post("api/intranet/meetings/" + meetingId + "/collaborations",
                Json.createObjectBuilder()
                        .add("organisationIds", Json.createArrayBuilder()
                                .add(organisationId("TNO"))
                                .add(organisationId("LUMC")))
                        .add("description", "Samen een meetinstrument voor eenzaamheid")
                        .build());

        assertEquals(400, one.status());
        assertEquals(201, two.status(), two::toString);
        JsonObject collaboration = medewerker.get("api/intranet/meetings/" + meetingId + "/outcomes").json()
                .getJsonArray("collaborations").getJsonObject(0);
        assertEquals(2, collaboration.getJsonArray("organisations").size());
    }

    @Test
    void attendanceIsRecordedAndCountedWithTheMixOfParticipants() {
        Api medewerker = api(DemoAccount.MEDEWERKER);
        long meetingId = publishedMeeting(medewerker, uniqueName("Kenniscafé opkomst"), 2);
        register(anonymous(), meetingId, registrationJson("Inwoner", TestMail.address("Inwoner"))
                .add("areaId", areaId("Stevenshofdistrict"))
                .build());
        register(anonymous(), meetingId, registrationJson("Professional", TestMail.address("Professional"))
                .add("kind", "PROFESSIONAL")
                .add("organisation", "GGD Hollands Midden")
                .build());
        register(anonymous(), meetingId, registrationJson("Wacht", TestMail.address("Wacht")).build());
        JsonArray registrations = medewerker.get("api/intranet/meetings/" + meetingId + "/registrations").array();
        long present = registrations.getJsonObject(0).getJsonNumber("id").longValue();
        long absent = registrations.getJsonObject(1).getJsonNumber("id").longValue();
        long waiting = registrations.getJsonObject(2).getJsonNumber("id").longValue();

        assertEquals(204, attendance(medewerker, meetingId, present, "PRESENT").status());
        assertEquals(204, attendance(medewerker, meetingId, absent, "NO_SHOW").status());
        assertEquals(409, attendance(medewerker, meetingId, waiting, "PRESENT").status());

        JsonObject statistics = medewerker.get("api/intranet/meetings/" + meetingId + "/statistics").json();
        assertEquals(2, statistics.getInt("confirmed"));
        assertEquals(1, statistics.getInt("waiting"));
        assertEquals(1, statistics.getInt("present"));
        assertEquals(1, statistics.getInt("noShow"));
        assertEquals(1, statistics.getJsonObject("kinds").getInt("INWONER"));
        assertEquals(1, statistics.getJsonObject("kinds").getInt("PROFESSIONAL"));
        assertEquals("GGD Hollands Midden",
                statistics.getJsonArray("organisations").getJsonObject(0).getString("name"));
        assertEquals("Stevenshofdistrict", statistics.getJsonArray("areas").getJsonObject(0).getString("name"));

        var pdf = medewerker.download("api/intranet/meetings/" + meetingId + "/presentielijst.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF"));
    }

    private static Api.Response attendance(Api caller, long meetingId, long registrationId, String value) {
        return caller.put("api/intranet/meetings/" + meetingId + "/registrations/" + registrationId + "/attendance",
                Json.createObjectBuilder().add("attendance", value).build());
    }
}
