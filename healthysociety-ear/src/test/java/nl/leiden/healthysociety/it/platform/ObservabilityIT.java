package nl.leiden.healthysociety.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerLog;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestServer;

/**
 * What operations watch: the health checks, the metrics in Prometheus text format (checked with promtool) with the
 * business figures and request timings, the request id on every log line of a request, and the JSON log format.
 */
class ObservabilityIT extends ServerTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String JSON_FORMATTER = "fish.payara.enterprise.server.logging.JSONLogFormatter";
    private static final String ODL_FORMATTER = "com.sun.enterprise.server.logging.ODLLogFormatter";
    private static final String FORMATTER_ATTRIBUTE = "com.sun.enterprise.server.logging.GFFileHandler.formatter";

    @Test
    void readinessChecksDatabaseAndMailSettings() {
        Api.Response ready = anonymous().get("health/ready");

        assertEquals(200, ready.status(), ready::toString);
        Map<String, JsonObject> checks = checks(ready.json());
        assertEquals("UP", checks.get("database").getString("status"), ready::toString);
        JsonObject mail = checks.get("mail");
        assertNotNull(mail, ready::toString);
        assertEquals("UP", mail.getString("status"), ready::toString);
        // The tests' SMTP server is configured through HEALTHYSOCIETY_MAIL_*, not a server resource.
        assertEquals("healthysociety.mail.*", mail.getJsonObject("data").getString("source"));
        assertFalse(mail.getJsonObject("data").getString("host").isBlank(), ready::toString);
    }

    @Test
    void livenessChecksForDeadlockedThreads() {
        Api.Response live = anonymous().get("health/live");

        assertEquals(200, live.status(), live::toString);
        JsonObject threads = checks(live.json()).get("threads");
        assertEquals("UP", threads.getString("status"), live::toString);
        assertEquals("0", threads.getJsonObject("data").get("deadlocked").toString().replace("\"", ""));
    }

    @Test
    void applicationMetricsPassPromtoolAndTheWholePageParses() {
        api(DemoAccount.MEDEWERKER).get("api/organisaties");

        String application = anonymous().getText("metrics?scope=application").body();
        assertTrue(application.contains("healthysociety_registrations"), application);
        // Payara's exporter adds a _mean gauge to every timer without a HELP line of its own: the one complaint
        // allowed, since the application cannot change it. Everything the application names passes.
        List<String> complaints = promtool(application).lines()
                .filter(line -> !line.equals(RequestTimingsName.MEAN + " no help text"))
                .toList();
        assertEquals(List.of(), complaints, "promtool check metrics on the application's metrics");

        // Payara's own base and vendor metrics have camelCase names that promtool's style rules dislike; they
        // must still parse, and nothing of the application's may be among the complaints.
        String all = anonymous().getText("metrics").body();
        String everything = promtool(all);
        assertFalse(everything.contains("error while linting"), everything);
        assertFalse(everything.lines().anyMatch(line -> line.startsWith("healthysociety_")
                && !line.equals(RequestTimingsName.MEAN + " no help text")), everything);
    }

    @Test
    void businessFiguresAreTheDatabaseCounts() {
        for (String status : List.of("IDEE", "IN_VOORBEREIDING", "LOPEND", "AFGEROND", "GESTOPT")) {
            assertFigure("healthysociety_initiatives", status,
                    () -> TestDatabase.number("select count(*) from initiative where status = ?", status));
        }
        for (String status : List.of("CONFIRMED", "WAITING", "CANCELLED")) {
            assertFigure("healthysociety_registrations", status,
                    () -> TestDatabase.number("select count(*) from registration where status = ?", status));
        }
        assertFigure("healthysociety_questions_open", null, () -> TestDatabase.number(
                "select count(*) from question where status in ('NIEUW', 'IN_BEHANDELING', 'DOORVERWEZEN')"));
        assertFigure("healthysociety_mail_outbox", "PENDING",
                () -> TestDatabase.number("select count(*) from mail_message where status = 'PENDING'"));
        long initiatives = TestDatabase.number("select count(*) from initiative");
        assertTrue(initiatives > 0, "the demo data has initiatives, so a gauge stuck at 0 would show");
    }

    @Test
    void requestsAreTimedByAreaAndStatusClass() {
        String series = "healthysociety_http_requests_seconds_count{area=\"public\",mp_scope=\"application\","
                + "status=\"2xx\"}";
        double before = metric(anonymous().getText("metrics?scope=application").body(), series);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, anonymous().getText("activiteiten").status());
        }
        String after = anonymous().getText("metrics?scope=application").body();

        assertTrue(metric(after, series) >= before + 3, after);
        assertTrue(after.contains("healthysociety_http_requests_seconds_sum{area=\"public\""), after);
    }

    @Test
    void everyLogLineOfARequestCarriesItsIdAndTheIdComesBack() {
        String id = "test-" + UUID.randomUUID().toString().replace("-", "");
        long logStart = ServerLog.size();

        HttpResponse<String> refused = forbiddenJobRun(id);

        assertEquals(403, refused.statusCode());
        assertEquals(id, refused.headers().firstValue("X-Request-Id").orElse(null));
        List<String> log = ServerLog.linesSince(logStart, lines -> lines.stream()
                .anyMatch(line -> line.contains("security-event") && line.contains("result=DENIED")));
        // The request logged its login, the refused EJB call and the denial: each record names the request.
        List<String> ofRequest = records(log).stream()
                .filter(record -> record.contains("security-event") || record.contains("JobService"))
                .toList();
        assertTrue(ofRequest.size() >= 2, String.join("\n", log));
        assertTrue(ofRequest.stream().allMatch(record -> record.contains("request=" + id)), String.join("\n", log));
    }

    @Test
    void aRequestWithoutAnIdGetsOneAndAMalformedOneIsReplaced() {
        String generated = anonymous().getText("activiteiten").header("X-Request-Id");
        assertNotNull(generated);
        assertTrue(generated.matches("[a-z0-9]{16}"), generated);

        HttpResponse<String> malformed = send(HttpRequest.newBuilder(baseUri().resolve("activiteiten"))
                .header("X-Request-Id", "<script>").GET());
        String replaced = malformed.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(replaced.matches("[a-z0-9]{16}"), replaced);
    }

    @Test
    void logsSwitchedToJsonAreOneJsonObjectPerLineWithTheRequestId() {
        TestServer.asadmin("set-log-attributes", FORMATTER_ATTRIBUTE + "=" + JSON_FORMATTER);
        try {
            long logStart = ServerLog.size();
            String id = "json-" + UUID.randomUUID().toString().replace("-", "");
            // The switch reaches the log handler a moment after asadmin returns: request until a JSON line shows.
            List<String> log = List.of();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && log.stream().noneMatch(line -> line.startsWith("{")
                    && line.contains("request=" + id))) {
                forbiddenJobRun(id);
                log = ServerLog.linesSince(logStart, lines -> lines.stream()
                        .anyMatch(line -> line.startsWith("{") && line.contains("request=" + id)));
            }
            List<String> json = log.subList(firstJsonLine(log), log.size()).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
            assertFalse(json.isEmpty(), String.join("\n", log));
            List<JsonObject> records = new ArrayList<>();
            for (String line : json) {
                records.add(parse(line));
            }
            JsonObject event = records.stream()
                    .filter(record -> record.getString("LogMessage", "").contains("security-event"))
                    .filter(record -> record.getString("ThreadName", "").contains("request=" + id))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no security event with the request id:\n" + json));
            assertEquals("INFO", event.getString("Level"));
            assertNotNull(event.getString("Timestamp"));
        } finally {
            TestServer.asadmin("set-log-attributes", FORMATTER_ATTRIBUTE + "=" + ODL_FORMATTER);
        }
    }

    /** The log's records: in Payara's ODL format one starts with "[" and a timestamp and may span lines. */
    private static List<String> records(List<String> lines) {
        List<String> records = new ArrayList<>();
        StringBuilder record = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("[20") && record.length() > 0) {
                records.add(record.toString());
                record.setLength(0);
            }
            record.append(line).append('\n');
        }
        if (record.length() > 0) {
            records.add(record.toString());
        }
        return records;
    }

    /** The name of the request timer's mean, which Payara's exporter writes without a HELP line. */
    private static final class RequestTimingsName {
        static final String MEAN = "healthysociety_http_requests_seconds_mean";
    }

    private static int firstJsonLine(List<String> log) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).startsWith("{")) {
                return i;
            }
        }
        return log.size();
    }

    private static JsonObject parse(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new AssertionError("not a JSON object: " + line, e);
        }
    }

    /** A partner asking to run a beheerder's job: refused (403), and written to the security log. */
    private HttpResponse<String> forbiddenJobRun(String requestId) {
        String credentials = DemoAccount.PARTNER_HSL.username() + ":" + DemoAccount.PASSWORD;
        return send(HttpRequest.newBuilder(baseUri().resolve("api/beheer/jobs/mail"))
                .header("X-Request-Id", requestId)
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private URI baseUri() {
        return URI.create(baseUrl.toExternalForm());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, JsonObject> checks(JsonObject health) {
        Map<String, JsonObject> checks = new TreeMap<>();
        health.getJsonArray("checks").getValuesAs(JsonObject.class)
                .forEach(check -> checks.put(check.getString("name"), check));
        return checks;
    }

    /** The gauge equals the database's count (read again until it does: the figures are cached for 2 seconds). */
    private void assertFigure(String name, String status, java.util.function.LongSupplier databaseCount) {
        String series = name + "{mp_scope=\"application\""
                + (status == null ? "" : ",status=\"" + status.toLowerCase(Locale.ROOT) + "\"") + "}";
        Function<String, Double> read = page -> metric(page, series);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        double shown;
        long expected;
        do {
            expected = databaseCount.getAsLong();
            shown = read.apply(anonymous().getText("metrics?scope=application").body());
            if (shown == expected) {
                return;
            }
            pause();
        } while (System.nanoTime() < deadline);
        assertEquals(expected, shown, series);
    }

    private static double metric(String page, String series) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(page);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }

    private static String promtool(String metrics) {
        try {
            Process process = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
            process.getOutputStream().write(metrics.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "promtool did not finish");
            if (process.exitValue() != 0 && output.isEmpty()) {
                return "promtool failed with exit code " + process.exitValue();
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("promtool (Debian package prometheus) is needed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
