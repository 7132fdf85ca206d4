package nl.leiden.healthysociety.it.meeting;

import static nl.leiden.healthysociety.it.support.TestData.meeting;
import static nl.leiden.healthysociety.it.support.TestData.meetingJson;
import static nl.leiden.healthysociety.it.support.TestData.organisationId;
import static nl.leiden.healthysociety.it.support.TestData.publishedMeeting;
import static nl.leiden.healthysociety.it.support.TestData.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;

/**
 * Who may do what with meetings, tried through the API with the other organisation's ids: a partner drafts
 * meetings for its own organisation only, sees other organisations' concepts not at all, and neither publishes
 * nor sees registrants.
 */
class MeetingPermissionApiIT extends ServerTest {

    private static final LocalDateTime NEXT_MONTH = LocalDateTime.now().plusDays(30).withNano(0);

    @Test
    void aPartnerDraftsForItsOwnOrganisationAndAMedewerkerPublishes() {
        Api ggd = api(DemoAccount.PARTNER_GGD);
        long ggdId = organisationId("GGD Hollands Midden");
        long concept = meeting(ggd, meetingJson(uniqueName("Kenniscafé GGD"), NEXT_MONTH, 25, ggdId).build());

        JsonObject details = ggd.get("api/intranet/meetings/" + concept).json();
        assertEquals("CONCEPT", details.getString("status"));
        assertTrue(details.getBoolean("mayEdit"));
        assertFalse(details.getBoolean("mayPublish"));
        assertEquals(403, ggd.post("api/intranet/meetings/" + concept + "/publish", null).status());
        assertEquals(200, api(DemoAccount.MEDEWERKER).post("api/intranet/meetings/" + concept + "/publish", null)
                .status());
        assertFalse(api(DemoAccount.PARTNER_GGD).get("api/intranet/meetings/" + concept).json().getBoolean("mayEdit"),
                "a partner no longer edits a published meeting");
    }

    @Test
    void aPartnerCannotDraftForAnotherOrganisation() {
        Api.Response refused = api(DemoAccount.PARTNER_GGD).post("api/intranet/meetings",
                meetingJson(uniqueName("Kenniscafé van een ander"), NEXT_MONTH, 25,
                        organisationId("Hogeschool Leiden")).build());

        assertEquals(403, refused.status(), refused::toString);
    }

    @Test
    void anotherOrganisationsConceptIsInvisibleAndUntouchable() {
        long concept = meeting(api(DemoAccount.PARTNER_HSL), meetingJson(uniqueName("Kenniscafé HsL"), NEXT_MONTH, 25,
                organisationId("Hogeschool Leiden")).build());
        Api ggd = api(DemoAccount.PARTNER_GGD);
        JsonObject details = api(DemoAccount.PARTNER_HSL).get("api/intranet/meetings/" + concept).json();

        assertEquals(404, ggd.get("api/intranet/meetings/" + concept).status());
        Api.Response edit = ggd.put("api/intranet/meetings/" + concept, Json.createObjectBuilder()
                .add("version", details.getJsonNumber("version").longValue())
                .add("meeting", meetingJson("Overgenomen", NEXT_MONTH, 25, organisationId("GGD Hollands Midden")))
                .build());
        assertEquals(404, edit.status(), edit::toString);
        assertFalse(ggd.get("api/intranet/meetings").body().contains("\"id\":" + concept + ","));
    }

    @Test
    void registrantsAndStatisticsAreForTheCentersStaffOnly() {
        long meetingId = publishedMeeting(api(DemoAccount.MEDEWERKER), uniqueName("Kenniscafé lijst"), 10);

        assertEquals(200, api(DemoAccount.MEDEWERKER).get("api/intranet/meetings/" + meetingId + "/registrations")
                .status());
        assertEquals(403, api(DemoAccount.PARTNER_GGD).get("api/intranet/meetings/" + meetingId + "/registrations")
                .status());
        assertEquals(403, api(DemoAccount.PARTNER_GGD).get("api/intranet/meetings/" + meetingId + "/statistics")
                .status());
        assertEquals(403, api(DemoAccount.PARTNER_GGD).post("api/intranet/meetings/" + meetingId + "/cancel", null)
                .status());
        assertEquals(401, anonymous().get("api/intranet/meetings/" + meetingId + "/registrations").status());
    }
}
