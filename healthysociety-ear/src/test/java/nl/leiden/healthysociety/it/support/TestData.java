package nl.leiden.healthysociety.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Creates the data a test needs through the API, with names no other test uses. */
public final class TestData {

    private TestData() {
    }

    /** A name that is unique for this test run, readable in a failure message. */
    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static JsonObjectBuilder organisationJson(String name) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("type", "WELZIJN")
                .add("corePartner", false)
                .add("website", "https://example.org/" + name.hashCode())
                .add("contactEmail", "info@example.org");
    }

    /** Creates an organisation as beheerder and returns it as the API shows it. */
    public static JsonObject organisation(Api beheerder, String name) {
        Api.Response response = beheerder.post("api/organisaties", organisationJson(name).build());
        assertEquals(201, response.status(), response::toString);
        return response.json();
    }
}
