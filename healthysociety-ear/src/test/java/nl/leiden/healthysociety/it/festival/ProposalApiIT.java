package nl.leiden.healthysociety.it.festival;

import static nl.leiden.healthysociety.it.support.FestivalData.openEdition;
import static nl.leiden.healthysociety.it.support.FestivalData.proposal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * The call for festival sessions through the API: a partner proposes, edits and withdraws for its own organisation
 * until the deadline; the committee scores, sorts and decides, and the decision is e-mailed; a partner never sees
 * another organisation's proposals nor anyone's scores.
 */
class ProposalApiIT extends ServerTest {

    @Test
    void aPartnerProposesEditsAndWithdrawsWhileTheCallIsOpen() {
        long edition = openEdition(api(DemoAccount.MEDEWERKER));
        Api ggd = api(DemoAccount.PARTNER_GGD);

        Api.Response submitted = ggd.post(proposals(edition), proposal("Gezonde wijk", "GGD Hollands Midden",
                TestMail.address("GGD")).build());

        assertEquals(201, submitted.status(), submitted::toString);
        JsonObject proposal = submitted.json();
        assertEquals("INGEDIEND", proposal.getString("status"));
        assertTrue(proposal.getBoolean("mayChange"));
        long id = proposal.getJsonNumber("id").longValue();

        Api.Response changed = ggd.put("api/intranet/festival/proposals/" + id, Json.createObjectBuilder()
                .add("version", proposal.getJsonNumber("version").longValue())
                .add("proposal", proposal("Gezonde wijk, tweede versie", "GGD Hollands Midden",
                        TestMail.address("GGD")))
                .build());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("Gezonde wijk, tweede versie", changed.json().getString("title"));

        Api.Response withdrawn = ggd.post("api/intranet/festival/proposals/" + id + "/withdraw", null);
        assertEquals("INGETROKKEN", withdrawn.json().getString("status"));
        assertFalse(withdrawn.json().getBoolean("mayChange"));
    }

    @Test
    void afterTheDeadlineNothingIsSubmittedOrChanged() {
        long edition = openEdition(api(DemoAccount.MEDEWERKER));
        Api ggd = api(DemoAccount.PARTNER_GGD);
        JsonObject proposal = ggd.post(proposals(edition), proposal("Op tijd", "GGD Hollands Midden",
                TestMail.address("GGD")).build()).json();
        TestDatabase.update("update festival_edition set call_closes_at = current_timestamp - interval '1 minute'"
                + " where id = ?", edition);

        Api.Response late = ggd.post(proposals(edition), proposal("Te laat", "GGD Hollands Midden",
                TestMail.address("GGD")).build());
        Api.Response change = ggd.put("api/intranet/festival/proposals/" + proposal.getJsonNumber("id"),
                Json.createObjectBuilder()
                        .add("version", proposal.getJsonNumber("version").longValue())
                        .add("proposal", proposal("Later gewijzigd", "GGD Hollands Midden", TestMail.address("GGD")))
                        .build());
        Api.Response withdraw = ggd.post("api/intranet/festival/proposals/" + proposal.getJsonNumber("id")
                + "/withdraw", null);

        assertEquals(409, late.status());
        assertTrue(late.json().getString("detail").contains("deadline"), late::toString);
        assertEquals(409, change.status());
        assertEquals(409, withdraw.status());
        assertFalse(ggd.get("api/intranet/festival/proposals/" + proposal.getJsonNumber("id")).json()
                .getBoolean("mayChange"));
    }

    @Test
    void aPartnerSeesAndChangesOnlyItsOwnOrganisationsProposals() {
        long edition = openEdition(api(DemoAccount.MEDEWERKER));
        long ggdProposal = api(DemoAccount.PARTNER_GGD).post(proposals(edition), proposal("Van de GGD",
                "GGD Hollands Midden", TestMail.address("GGD")).build()).json().getJsonNumber("id").longValue();
        Api hsl = api(DemoAccount.PARTNER_HSL);

        assertEquals(404, hsl.get("api/intranet/festival/proposals/" + ggdProposal).status());
        assertEquals(404, hsl.post("api/intranet/festival/proposals/" + ggdProposal + "/withdraw", null).status());
        assertEquals(404, hsl.put("api/intranet/festival/proposals/" + ggdProposal, Json.createObjectBuilder()
                .add("version", 0)
                .add("proposal", proposal("Overgenomen", "GGD Hollands Midden", TestMail.address("HsL")))
                .build()).status());
        assertFalse(hsl.get(proposals(edition)).body().contains("Van de GGD"));
        assertEquals(403, hsl.post(proposals(edition), proposal("Namens een ander", "GGD Hollands Midden",
                TestMail.address("HsL")).build()).status());
        assertTrue(api(DemoAccount.MEDEWERKER).get(proposals(edition)).body().contains("Van de GGD"));
    }

    @Test
    void onlyTheCommitteeScoresAndSeesScoresSortedByScoreOrTheme() {
        long edition = openEdition(api(DemoAccount.MEDEWERKER));
        Api ggd = api(DemoAccount.PARTNER_GGD);
        long low = id(ggd.post(proposals(edition), proposal("Matig voorstel", "GGD Hollands Midden",
                TestMail.address("GGD")).build()));
        long high = id(ggd.post(proposals(edition), proposal("Sterk voorstel", "GGD Hollands Midden",
                TestMail.address("GGD")).build()));
        Api medewerker = api(DemoAccount.MEDEWERKER);

        assertEquals(204, review(medewerker, low, 4).status());
        assertEquals(204, review(api(DemoAccount.BEHEERDER), low, 2).status());
        assertEquals(204, review(medewerker, high, 5).status());
        assertEquals(400, review(medewerker, high, 6).status());
        assertEquals(403, review(ggd, high, 5).status());
        assertEquals(403, ggd.get("api/intranet/festival/editions/" + edition + "/reviews").status());

        JsonArray overview = medewerker.get("api/intranet/festival/editions/" + edition + "/reviews?order=score")
                .array();
        assertEquals("Sterk voorstel", overview.getJsonObject(0).getString("title"));
        JsonObject matig = overview.getJsonObject(1);
        assertEquals(3.0, matig.getJsonNumber("averageScore").doubleValue());
        assertEquals(2, matig.getInt("reviews"));
        assertEquals(4, matig.getInt("myScore"));
        assertEquals("IN_BEOORDELING", matig.getString("status"));
        assertEquals(200, medewerker.get("api/intranet/festival/editions/" + edition + "/reviews?order=theme")
                .status());
        String partnerView = ggd.get("api/intranet/festival/proposals/" + low).body();
        assertFalse(partnerView.contains("score") || partnerView.contains("Score"), partnerView);
    }

    @Test
    void aDecisionIsEmailedWithTheFeedbackAndEndsChanges() {
        long edition = openEdition(api(DemoAccount.MEDEWERKER));
        String contact = TestMail.address("Indiener");
        Api ggd = api(DemoAccount.PARTNER_GGD);
        long id = id(ggd.post(proposals(edition), proposal("Voorstel met besluit", "GGD Hollands Midden", contact)
                .build()));

        Api.Response decided = api(DemoAccount.MEDEWERKER).post("api/intranet/festival/proposals/" + id + "/decision",
                Json.createObjectBuilder()
                        .add("decision", "GEACCEPTEERD")
                        .add("feedback", "Mooi voorstel; graag met een korte pauze halverwege.")
                        .build());

        assertEquals(204, decided.status(), decided::toString);
        String mail = TestMail.text(TestMail.await(contact, "Besluit over uw sessievoorstel"));
        assertTrue(mail.contains("geaccepteerd"), mail);
        assertTrue(mail.contains("graag met een korte pauze halverwege"), mail);
        JsonObject seen = ggd.get("api/intranet/festival/proposals/" + id).json();
        assertEquals("GEACCEPTEERD", seen.getString("status"));
        assertEquals("Mooi voorstel; graag met een korte pauze halverwege.", seen.getString("feedback"));
        assertFalse(seen.getBoolean("mayChange"));
        assertEquals(409, ggd.post("api/intranet/festival/proposals/" + id + "/withdraw", null).status());
        assertEquals(403, ggd.post("api/intranet/festival/proposals/" + id + "/decision", Json.createObjectBuilder()
                .add("decision", "AFGEWEZEN")
                .build()).status());
    }

    @Test
    void theStaffSetUpAnEditionWithVenuesRoomsAndSlots() {
        long edition = openEdition(api(DemoAccount.MEDEWERKER));
        Api medewerker = api(DemoAccount.MEDEWERKER);
        JsonObject details = medewerker.get("api/intranet/festival/editions/" + edition).json();
        LocalDate first = LocalDate.parse(details.getString("firstDay"));

        long venue = id(medewerker.post("api/intranet/festival/editions/" + edition + "/venues",
                Json.createObjectBuilder().add("name", "Pieterskerk").add("address", "Pieterskerkhof 1a").build()));
        assertEquals(201, medewerker.post("api/intranet/festival/venues/" + venue + "/rooms", Json.createObjectBuilder()
                .add("name", "Koorzaal")
                .add("capacity", 40)
                .add("accessibility", "Drempelvrij")
                .build()).status());
        assertEquals(400, medewerker.post("api/intranet/festival/venues/" + venue + "/rooms", Json.createObjectBuilder()
                .add("name", "Koorzaal")
                .add("capacity", 10)
                .build()).status(), "a second room with the same name");
        assertEquals(201,
                medewerker.post("api/intranet/festival/editions/" + edition + "/slots", slot(first)).status());
        assertEquals(400, medewerker.post("api/intranet/festival/editions/" + edition + "/slots",
                slot(first.minusDays(1))).status(), "a slot outside the festival days");
        assertEquals(403, api(DemoAccount.PARTNER_GGD).post("api/intranet/festival/editions/" + edition + "/venues",
                Json.createObjectBuilder().add("name", "Eigen zaal").build()).status());

        JsonObject after = medewerker.get("api/intranet/festival/editions/" + edition).json();
        assertEquals("Koorzaal", after.getJsonArray("venues").getJsonObject(0).getJsonArray("rooms").getJsonObject(0)
                .getString("name"));
        assertEquals(1, after.getJsonArray("slots").size());
    }

    private static String proposals(long edition) {
        return "api/intranet/festival/editions/" + edition + "/proposals";
    }

    private static long id(Api.Response response) {
        assertEquals(201, response.status(), response::toString);
        return response.json().getJsonNumber("id").longValue();
    }

    private static Api.Response review(Api reviewer, long proposal, int score) {
        return reviewer.put("api/intranet/festival/proposals/" + proposal + "/review",
                Json.createObjectBuilder().add("score", score).add("comment", "Beoordeeld").build());
    }

    private static JsonObject slot(LocalDate day) {
        return Json.createObjectBuilder()
                .add("day", day.toString())
                .add("startsAt", "10:00:00")
                .add("endsAt", "11:00:00")
                .build();
    }
}
