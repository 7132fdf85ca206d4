package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.PageSession;
import nl.leiden.healthysociety.it.support.ServerTest;

/**
 * Every kind of response carries the security headers: public, intranet, beheer, login and error pages get a
 * Content-Security-Policy whose scripts need the response's nonce (and every script on the page carries it, with no
 * inline event handlers left); the API and files get a policy that lets nothing run; HSTS only over HTTPS.
 */
class SecurityHeadersIT extends ServerTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>");
    private static final Pattern INLINE_HANDLER = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void everyPageTypeHasAStrictPolicyWhoseNonceEveryScriptCarries() {
        PageSession visitor = new PageSession(baseUrl);
        PageSession medewerker = new PageSession(baseUrl).login(DemoAccount.MEDEWERKER);
        PageSession partner = new PageSession(baseUrl).login(DemoAccount.PARTNER_GGD);
        PageSession beheerder = new PageSession(baseUrl).login(DemoAccount.BEHEERDER);
        Map<String, HttpResponse<String>> pages = Map.of(
                "public", visitor.get(""),
                "public form", visitor.get("vraag-stellen"),
                "login", visitor.get("login"),
                "intranet", medewerker.get("intranet/meetingpoint"),
                "partner", partner.get("intranet/initiatieven"),
                "beheer", beheerder.get("beheer/persoonsgegevens"),
                "not found", visitor.get("bestaat-niet"),
                "forbidden", partner.get("beheer/persoonsgegevens"));
        assertEquals(200, medewerker.get("intranet/meetingpoint").statusCode(), "the medewerker is logged in");
        assertEquals(403, pages.get("forbidden").statusCode());
        pages.forEach((kind, page) -> {
            String policy = page.headers().firstValue("Content-Security-Policy").orElse(null);
            assertNotNull(policy, kind + " has no Content-Security-Policy");
            assertTrue(policy.contains("frame-ancestors 'none'"), kind + ": " + policy);
            assertTrue(policy.contains("object-src 'none'"), kind + ": " + policy);
            String scriptSource = policy.substring(policy.indexOf("script-src"));
            assertFalse(scriptSource.contains("unsafe-inline") || scriptSource.contains("unsafe-eval"),
                    kind + ": " + policy);
            Matcher nonce = NONCE.matcher(policy);
            assertTrue(nonce.find(), kind + ": " + policy);
            Matcher script = SCRIPT.matcher(page.body());
            assertTrue(page.uri().getPath().endsWith("login") == kind.equals("login"),
                    kind + " ended at " + page.uri());
            int scripts = 0;
            while (script.find()) {
                scripts++;
                assertTrue(script.group(1).contains("nonce=\"" + nonce.group(1) + "\""),
                        kind + " has a script without the nonce: " + script.group());
            }
            assertTrue(scripts > 0, kind + " has no scripts at all, so the check proves nothing");
            assertFalse(INLINE_HANDLER.matcher(page.body()).find(), kind + " has an inline event handler");
            assertCommonHeaders(kind, new Api.Response(page));
        });
    }

    @Test
    void theApiAndFilesMayRunOrLoadNothing() {
        Map<String, Api.Response> responses = Map.of(
                "json", anonymous().get("api/initiatives"),
                "calendar", anonymous().getText("api/meetings/agenda.ics"),
                "refused", anonymous().get("api/intranet/questions"));
        responses.forEach((kind, response) -> {
            assertEquals("default-src 'none'; frame-ancestors 'none'; sandbox",
                    response.header("Content-Security-Policy"), kind);
            assertCommonHeaders(kind, response);
        });
        assertEquals("nosniff", anonymous().getText("jakarta.faces.resource/css/site.css.xhtml")
                .header("X-Content-Type-Options"));
    }

    @Test
    void onlyHttpsAnswersCarryStrictTransportSecurity() throws Exception {
        assertNull(anonymous().getText("").header("Strict-Transport-Security"));

        URI https = new URI("https", null, baseUrl.getHost(), 8181, baseUrl.getPath(), null, null);
        HttpResponse<String> secure = trustingClient().send(HttpRequest.newBuilder(https).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("max-age=31536000; includeSubDomains",
                secure.headers().firstValue("Strict-Transport-Security").orElse(null));
    }

    private static void assertCommonHeaders(String kind, Api.Response response) {
        assertEquals("nosniff", response.header("X-Content-Type-Options"), kind);
        assertEquals("DENY", response.header("X-Frame-Options"), kind);
        assertEquals("same-origin", response.header("Referrer-Policy"), kind);
        assertNotNull(response.header("Permissions-Policy"), kind);
    }

    /** The test server's HTTPS listener has Payara's self-signed certificate; this test only reads its headers. */
    private static HttpClient trustingClient() throws Exception {
        TrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // accepted: a header check against the local test server only
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // accepted: a header check against the local test server only
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
                // accepted, as above
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
                // accepted, as above
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                // accepted, as above
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                // accepted, as above
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[]{trustAll}, new SecureRandom());
        return HttpClient.newBuilder().sslContext(context).build();
    }
}
