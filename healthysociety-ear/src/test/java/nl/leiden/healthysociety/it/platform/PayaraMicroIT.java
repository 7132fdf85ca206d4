package nl.leiden.healthysociety.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.PageSession;
import nl.leiden.healthysociety.it.support.SecondFactorSetup;
import nl.leiden.healthysociety.it.support.TestData;

/**
 * The self-contained WAR on Payara Micro 6 with its default embedded H2 database in a file: it boots, serves the
 * login page and a database-backed page, and what was stored is still there after a restart.
 */
class PayaraMicroIT {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @TempDir
    Path work;

    private Process micro;

    @AfterEach
    void stopMicro() throws InterruptedException {
        stop();
    }

    @Test
    void microBootsOnH2ServesPagesAndKeepsDataAcrossARestart() throws Exception {
        int port = freePort();
        URL base = URI.create("http://localhost:" + port + "/").toURL();

        start(port);
        HttpResponse<String> login = get(base + "login", null);
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("id=\"login:username\""), "the login form is served");

        String session = formLogin(base, DemoAccount.MEDEWERKER);
        HttpResponse<String> organisations = get(base + "intranet/organisaties", session);
        assertEquals(200, organisations.statusCode());
        assertTrue(organisations.body().contains("Gemeente Leiden"), "organisations come from the database");

        String name = TestData.uniqueName("Herstarttest");
        TestData.organisation(Api.as(base, DemoAccount.BEHEERDER), name);

        stop();
        start(port);

        Api beheerder = Api.as(base, DemoAccount.BEHEERDER);
        assertEquals(1, beheerder.get("api/organisaties?q=" + name.substring(name.length() - 8))
                .json()
                .getInt("total"), "the organisation survived the restart");
        assertEquals(1, beheerder.get("api/organisaties?q=Gemeente%20Leiden").json().getInt("total"),
                "demo data is not loaded twice");
    }

    @Test
    void newProductionDatabaseGetsOnlyTheBootstrapAdministrator() throws Exception {
        int port = freePort();
        URL base = URI.create("http://localhost:" + port + "/").toURL();
        String password = "Eerste-" + TestData.uniqueName("beheer").replace(' ', '-');

        start(port, Map.of("HEALTHYSOCIETY_DEMO_DATA", "false", "HEALTHYSOCIETY_BOOTSTRAP_ADMIN_PASSWORD", password));

        Api.Response withoutSecondFactor = Api.as(base, "beheerder", password).get("api/organisaties");
        assertEquals(401, withoutSecondFactor.status(), "a beheerder sets up two-step verification first");
        String key = SecondFactorSetup.enrol(new PageSession(base).login("beheerder", password));
        Api.Response organisations = Api.as(base, "beheerder", password).withSecondFactor(key).get(
                "api/organisaties");
        assertEquals(200, organisations.status(), organisations::toString);
        assertEquals(0, organisations.json().getInt("total"), "no demo data");
        assertEquals(401, Api.as(base, DemoAccount.MEDEWERKER).get("api/organisaties").status(), "no demo accounts");
    }

    private void start(int port) throws IOException, InterruptedException {
        start(port, Map.of("HEALTHYSOCIETY_DEMO_DATA", "true"));
    }

    private void start(int port, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                System.getProperty("it.micro.jar"), "--deploy", System.getProperty("it.micro.war"), "--contextroot",
                "/", "--port", Integer.toString(port), "--nohazelcast", "--logtofile",
                work.resolve("micro.log").toString()));
        // Not the PostgreSQL settings the server tests pass to this JVM: Micro runs on its own H2 file.
        builder.environment().keySet().removeIf(name -> name.startsWith("HEALTHYSOCIETY_"));
        builder.environment().put("HEALTHYSOCIETY_DB_URL", "jdbc:h2:file:" + work.resolve("data/healthysociety"));
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(work.resolve("micro.out").toFile());
        micro = builder.start();

        Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!micro.isAlive()) {
                throw new AssertionError("Payara Micro stopped: " + Files.readString(work.resolve("micro.out")));
            }
            try {
                if (get("http://localhost:" + port + "/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Payara Micro was not ready within " + BOOT_TIMEOUT);
    }

    private void stop() throws InterruptedException {
        if (micro != null && micro.isAlive()) {
            micro.destroy();
            if (!micro.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                micro.destroyForcibly().waitFor();
            }
        }
        micro = null;
    }

    /** Logs in through the login form, as a browser would, and returns the session cookie. */
    private static String formLogin(URL base, DemoAccount account) throws IOException, InterruptedException {
        HttpResponse<String> page = get(base + "login", null);
        String session = sessionCookie(page);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(viewState.find(), "the login form has a view state");
        String form = "login=login&login%3Ausername=" + account.username() + "&login%3Apassword="
                + URLEncoder.encode(DemoAccount.PASSWORD, StandardCharsets.UTF_8) + "&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> posted = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, posted.statusCode(), "a successful login redirects");
        String renewed = sessionCookie(posted);
        return renewed == null ? session : renewed;
    }

    private static HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "nl");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The cookies a response sets, as a Cookie header. Not only JSESSIONID: with a distributable application
     * Payara also sets JSESSIONIDVERSION, which must come back for the session to be found.
     */
    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers()
                .allValues("Set-Cookie")
                .stream()
                .map(header -> header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';')))
                .toList();
        return cookies.isEmpty() ? null : String.join("; ", cookies);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
