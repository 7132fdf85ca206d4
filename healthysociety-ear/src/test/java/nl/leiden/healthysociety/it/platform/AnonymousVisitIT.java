package nl.leiden.healthysociety.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;

/**
 * A visitor who only reads the public pages gets no HTTP session: crawlers, link previews and load would otherwise
 * make the server hold a session with page state for every page view. The language choice is a cookie.
 */
class AnonymousVisitIT extends ServerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void publicPagesAnswerWithoutMakingASession() {
        long meeting = TestData.publishedMeeting(api(DemoAccount.MEDEWERKER), TestData.uniqueName("Sessieloos"), 20);
        List<String> pages = List.of("", "activiteiten", "bijeenkomst?id=" + meeting, "kennisfestival",
                "kennisfestival?thema=&zaal=", "preventieakkoord", "toegankelijkheid");
        for (String page : pages) {
            HttpResponse<String> response = get(page, null);

            assertEquals(200, response.statusCode(), page);
            assertEquals(List.of(), response.headers().allValues("Set-Cookie"), "cookies set by /" + page);
        }
        HttpResponse<String> missing = get("bestaat-niet", null);
        assertEquals(404, missing.statusCode());
        assertEquals(List.of(), missing.headers().allValues("Set-Cookie"), "cookies set by the not-found page");
        assertTrue(get("bijeenkomst?id=" + meeting, null).body().contains("registration:submit"),
                "the stateless meeting page still has its registration form");
    }

    @Test
    void theLanguageSwitchIsACookieAndLeadsBackToThePage() {
        HttpResponse<String> english = get("taal?naar=en&terug=" + encode("/activiteiten?soort=x"), null);

        assertEquals(302, english.statusCode());
        assertTrue(english.headers().firstValue("Location").orElseThrow().endsWith("/activiteiten?soort=x"),
                english.headers().toString());
        String cookie = english.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("taal=en;"), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("JSESSIONID"), cookie);

        HttpResponse<String> page = get("activiteiten", "taal=en");
        assertEquals("en", htmlLang(page.body()));
        assertTrue(page.body().contains("hreflang=\"nl\""), "the switch offers Dutch again");
        assertEquals(List.of(), page.headers().allValues("Set-Cookie"));

        assertEquals("nl", htmlLang(get("activiteiten", "taal=nl").body()));
        assertEquals("nl", htmlLang(get("activiteiten", "taal=xx").body()), "unknown values: Dutch");
    }

    @Test
    void theLanguageSwitchNeverLeadsToAnotherSite() {
        for (String target : List.of("https://example.org/", "//example.org/", "/\\example.org", "javascript:x",
                "/taal?naar=nl")) {
            HttpResponse<String> response = get("taal?naar=en&terug=" + encode(target), null);

            assertEquals(302, response.statusCode(), target);
            String location = response.headers().firstValue("Location").orElseThrow();
            assertEquals(baseUrl.getPath(), location.replaceFirst("^http://" + baseUrl.getAuthority(), ""), target);
        }
        HttpResponse<String> unknown = get("taal?naar=fr&terug=%2F", null);
        assertEquals(302, unknown.statusCode());
        assertEquals(List.of(), unknown.headers().allValues("Set-Cookie"), "no cookie for an unknown language");
    }

    private HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.toExternalForm() + path))
                .header("Accept-Language", "nl");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String htmlLang(String page) {
        Matcher html = Pattern.compile("<html[^>]* lang=\"([a-z]+)\"").matcher(page);
        assertTrue(html.find(), page);
        return html.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
