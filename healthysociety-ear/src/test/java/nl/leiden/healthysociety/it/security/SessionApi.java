package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.PageSession;

/**
 * Writes through the REST API as the screens' own scripts would: on a logged-in session, saying it comes from this
 * site. The table makes a few hundred objects; with HTTP Basic every call would cost a password check of a third of
 * a second, on a session only the login does.
 */
final class SessionApi {

    private final PageSession session;
    private final String origin;

    SessionApi(URL baseUrl, DemoAccount account) {
        this.session = new PageSession(baseUrl).login(account);
        this.origin = baseUrl.getProtocol() + "://" + baseUrl.getAuthority();
    }

    /** Posts the body; the answer, which must be a success. */
    JsonObject post(String path, JsonObject body) {
        HttpResponse<String> response = session.postJson(path, body == null ? "" : body.toString(), "Origin", origin);
        assertTrue(response.statusCode() / 100 == 2, () -> "POST " + path + ": " + response.statusCode() + " "
                + response.body());
        if (response.body().isBlank()) {
            return Json.createObjectBuilder().build();
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** Posts the body and gives the id of what it made. */
    long create(String path, JsonObject body) {
        return post(path, body).getJsonNumber("id").longValue();
    }
}
