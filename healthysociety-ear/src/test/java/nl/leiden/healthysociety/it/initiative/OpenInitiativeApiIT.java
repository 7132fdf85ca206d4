package nl.leiden.healthysociety.it.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;

/** The open data API: published initiatives only, for anyone, never with the contact person. */
class OpenInitiativeApiIT extends ServerTest {

    @Test
    void anonymousCallersSeePublishedInitiativesWithoutContactPersons() {
        long hsl = TestData.organisationId("Hogeschool Leiden");
        String marker = TestData.uniqueName("open").replace(" ", "");
        String email = marker + "@voorbeeld.nl";
        JsonObject published = TestData.initiative(api(DemoAccount.BEHEERDER),
                TestData.initiativeJson("Gepubliceerd " + marker, hsl)
                        .add("published", true)
                        .add("contactName", "Jan Jansen " + marker)
                        .add("contactEmail", email)
                        .build());
        JsonObject hidden = TestData.initiative(api(DemoAccount.BEHEERDER),
                TestData.initiativeJson("Niet gepubliceerd " + marker, hsl).build());

        Api.Response list = anonymous().get("api/initiatives?q=" + marker);
        Api.Response one = anonymous().get("api/initiatives/" + published.getJsonNumber("id"));
        Api.Response notPublished = anonymous().get("api/initiatives/" + hidden.getJsonNumber("id"));

        assertEquals(200, list.status(), list::toString);
        assertEquals(1, list.json().getInt("total"));
        assertEquals(200, one.status());
        assertEquals("Hogeschool Leiden", one.json().getJsonArray("leads").getJsonObject(0).getString("name"));
        for (Api.Response response : new Api.Response[]{list, one}) {
            assertFalse(response.body().contains(email), "no contact e-mail");
            assertFalse(response.body().contains("Jan Jansen"), "no contact name");
            assertFalse(response.body().contains("contact"), "no contact fields at all");
        }
        assertEquals(404, notPublished.status());
    }

    @Test
    void openApiDocumentDescribesTheOpenDataApi() {
        String openapi = anonymous().getText("openapi").body();

        assertTrue(openapi.contains("/api/initiatives/{id}"), openapi);
        assertTrue(openapi.contains("Open data: initiatieven"), openapi);
    }
}
