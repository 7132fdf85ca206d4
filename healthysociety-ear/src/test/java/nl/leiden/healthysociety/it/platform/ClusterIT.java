package nl.leiden.healthysociety.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.PageSession;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * Two Payara Micro instances running the WAR, clustered through Payara's Hazelcast data grid under a cluster name of
 * their own, behind Debian's nginx (configured from scripts/cluster/nginx-healthysociety.conf.template), sharing one
 * PostgreSQL database (a database of their own in the test PostgreSQL, so the server tests' data is not touched).
 * Started once for the class: the checks that keep both instances up come first, the fail-over last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);
    /** Shorter than the caches' own expiry (60 seconds), so only an invalidation can make the change show. */
    private static final Duration INVALIDATION_TIMEOUT = Duration.ofSeconds(20);
    private static final String NGINX = "/usr/sbin/nginx";
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Path work = Path.of(System.getProperty("it.cluster.dir", "target/cluster-it"));
    private final List<Instance> instances = new ArrayList<>();
    private Process nginx;
    private URL proxy;
    /** When both instances were ready: job periods from then on had two instances to run them. */
    private Instant bothUp;

    /** One Payara Micro instance: its process, name and own HTTP address. */
    private record Instance(String name, Process process, int port, URL base) {
    }

    @BeforeAll
    void startClusterBehindNginx() throws Exception {
        Files.createDirectories(work);
        TestMail.start();
        String cluster = "healthysociety-it-" + UUID.randomUUID();
        int[] httpPorts = {freePort(), freePort()};
        int[] gridPorts = {freePort(), freePort()};
        String members = "127.0.0.1:" + gridPorts[0] + ",127.0.0.1:" + gridPorts[1];
        // Started together; only the first fills the empty database with the demo data, so they cannot race for it.
        for (int i = 0; i < 2; i++) {
            instances.add(start("micro-" + (i + 1), httpPorts[i], gridPorts[i], cluster, members, i == 0));
        }
        for (Instance instance : instances) {
            awaitReady(instance);
        }
        bothUp = Instant.now();
        startNginx();
    }

    @AfterAll
    void stopEverything() throws InterruptedException {
        if (nginx != null) {
            stop(nginx);
        }
        for (Instance instance : instances) {
            stop(instance.process());
        }
    }

    @Test
    @Order(1)
    void aChangeThroughOneInstanceClearsTheOtherInstancesCaches() {
        Instance first = instances.get(0);
        Instance second = instances.get(1);
        Api medewerkerOnSecond = Api.as(second.base(), DemoAccount.MEDEWERKER);
        // The accords: the second instance caches the list, the first adds an accord.
        assertEquals(200, medewerkerOnSecond.get("api/intranet/accords").status());
        String accord = TestData.uniqueName("Clusterakkoord");
        Api.Response created = Api.as(first.base(), DemoAccount.MEDEWERKER).post("api/intranet/accords",
                Json.createObjectBuilder()
                        .add("name", accord)
                        .add("startYear", 2026)
                        .add("endYear", 2030)
                        .add("carriedAmbitionIds", Json.createArrayBuilder())
                        .build());
        assertEquals(201, created.status(), created::toString);
        awaitTrue(() -> medewerkerOnSecond.get("api/intranet/accords").body().contains(accord),
                "the second instance shows the accord added through the first");

        // The reference lists (and the form choices built from them): the second instance's meeting form lists the
        // organisations, the first adds one.
        PageSession pageOnSecond = new PageSession(second.base()).login(DemoAccount.MEDEWERKER);
        assertEquals(200, pageOnSecond.get("intranet/bijeenkomst-bewerken").statusCode());
        String organisation = TestData.uniqueName("Clusterorganisatie");
        TestData.organisation(Api.as(first.base(), DemoAccount.BEHEERDER), organisation);
        awaitTrue(() -> pageOnSecond.get("intranet/bijeenkomst-bewerken").body().contains(organisation),
                "the second instance's form offers the organisation added through the first");
    }

    @Test
    @Order(2)
    void aRegistrationThroughEitherInstanceIsSeenThroughBoth() {
        URL first = instances.get(0).base();
        URL second = instances.get(1).base();
        long meeting = publishedMeeting(Api.as(first, DemoAccount.MEDEWERKER), 40, 10);
        String viaFirst = TestMail.address("Via eerste");
        String viaSecond = TestMail.address("Via tweede");
        assertEquals(201, TestData.register(Api.anonymous(first), meeting,
                TestData.registrationJson("Via eerste", viaFirst).build()).status());
        assertEquals(201, TestData.register(Api.anonymous(second), meeting,
                TestData.registrationJson("Via tweede", viaSecond).build()).status());

        for (URL base : List.of(first, second)) {
            String registrations = Api.as(base, DemoAccount.MEDEWERKER)
                    .get("api/intranet/meetings/" + meeting + "/registrations")
                    .body();
            assertTrue(registrations.contains(viaFirst) && registrations.contains(viaSecond),
                    "both registrations through " + base);
            assertEquals(8, Api.anonymous(base).get("api/meetings/" + meeting).json().getInt("seatsLeft"),
                    "seats left through " + base);
        }
    }

    @Test
    @Order(3)
    void eachPeriodOfAJobRunsOnOneInstanceAndTheReminderGoesOutOnce() throws SQLException {
        long meeting = publishedMeeting(Api.as(instances.get(0).base(), DemoAccount.MEDEWERKER), 40, 5);
        String email = TestMail.address("Clusterherinnering");
        assertEquals(201, TestData.register(Api.anonymous(instances.get(1).base()), meeting,
                TestData.registrationJson("Clusterherinnering", email).build()).status());
        Instant due = Instant.now();
        update("update meeting set starts_at = starts_at - interval '25 hours', ends_at = ends_at - interval '25 hours'"
                + " where id = ?", meeting);

        TestMail.await(email, "Herinnering", Duration.ofSeconds(60));
        TestMail.sleep(8_000); // several more periods of every job, on both instances
        assertEquals(1, TestMail.count(email, "Herinnering"), "the reminder went out once");
        assertEquals(1, number("select count(*) from job_run where job = 'REMINDERS' and items > 0"
                + " and started_at >= ?", Timestamp.from(due)), "one run of one instance sent it");

        Map<String, Long> runsPerJob = runsPerJob(bothUp);
        for (String job : List.of("REMINDERS", "RETENTION", "QUESTION_REMINDERS")) {
            assertTrue(runsPerJob.getOrDefault(job, 0L) >= 3, job + " ran in the cluster: " + runsPerJob);
        }
        assertEquals(List.of(), periodsRunMoreThanOnce(bothUp), "each job period ran on one instance only");
    }

    @Test
    @Order(4)
    void afterTheInstanceThatServedStopsTheOtherContinuesTheSessionAndTheJobs() throws Exception {
        PageSession browser = new PageSession(proxy).login(DemoAccount.MEDEWERKER);
        HttpResponse<String> before = browser.get("intranet/start");
        assertLoggedIn(before);
        Instance served = servedBy(before);

        stop(served.process());
        Instant stopped = Instant.now();

        HttpResponse<String> after = browser.get("intranet/start");
        assertLoggedIn(after);
        Instance survivor = servedBy(after);
        assertNotEquals(served, survivor, "the other instance answered");
        assertEquals(200, browser.get("intranet/organisaties").statusCode(), "and goes on serving the session");

        awaitTrue(() -> !runsSince(survivor.name(), stopped).isEmpty(),
                "the remaining instance runs the jobs' next periods");
        assertEquals(List.of(), runsSince(served.name(), stopped), "the stopped instance ran none");
    }

    private void assertLoggedIn(HttpResponse<String> page) {
        assertEquals(200, page.statusCode());
        assertTrue(page.uri().getPath().endsWith("/intranet/start"), "not sent to the login page: " + page.uri());
        assertTrue(page.body().contains(DemoAccount.MEDEWERKER.roleLabel()), "the start page names the role");
    }

    /** The instance whose address nginx put in the X-Upstream header. */
    private Instance servedBy(HttpResponse<String> response) {
        String upstream = response.headers().firstValue("X-Upstream").orElseThrow();
        // After a failed attempt nginx lists every address it tried ("a:1, b:2"): the last one answered.
        String answered = upstream.substring(upstream.lastIndexOf(' ') + 1);
        return instances.stream()
                .filter(instance -> answered.equals("127.0.0.1:" + instance.port()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("unknown upstream " + upstream));
    }

    private Instance start(String name, int httpPort, int gridPort, String cluster, String members, boolean demoData)
            throws IOException {
        Path log = work.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                System.getProperty("it.micro.jar"), "--deploy", System.getProperty("it.micro.war"), "--contextroot",
                "/", "--port", Integer.toString(httpPort), "--name", name, "--clustername", cluster, "--clustermode",
                "tcpip:" + members, "--startport", Integer.toString(gridPort), "--interfaces", "127.0.0.1",
                "--disablephonehome", "--nohostaware"));
        Map<String, String> environment = builder.environment();
        // Not the settings the server tests pass to this JVM for the Payara Server: the cluster's own.
        environment.keySet().removeIf(variable -> variable.startsWith("HEALTHYSOCIETY_"));
        environment.put("HEALTHYSOCIETY_DB_URL", System.getProperty("it.cluster.db.url"));
        environment.put("HEALTHYSOCIETY_DB_USER", System.getProperty("it.db.user"));
        environment.put("HEALTHYSOCIETY_DB_PASSWORD", System.getProperty("it.db.password"));
        environment.put("HEALTHYSOCIETY_DEMO_DATA", Boolean.toString(demoData));
        environment.put("HEALTHYSOCIETY_INSTANCE_NAME", name);
        environment.put("HEALTHYSOCIETY_MAIL_HOST", "127.0.0.1");
        environment.put("HEALTHYSOCIETY_MAIL_PORT", System.getProperty("it.smtp.port"));
        environment.put("HEALTHYSOCIETY_MAIL_RETRY_SECONDS", "2");
        environment.put("HEALTHYSOCIETY_REMINDERS_INTERVAL_SECONDS", "2");
        environment.put("HEALTHYSOCIETY_PRIVACY_INTERVAL_SECONDS", "3");
        environment.put("HEALTHYSOCIETY_MEETINGPOINT_REMINDERS_INTERVAL_SECONDS", "3");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new Instance(name, builder.start(), httpPort,
                URI.create("http://127.0.0.1:" + httpPort + "/").toURL());
    }

    private void awaitReady(Instance instance) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!instance.process().isAlive()) {
                throw new AssertionError(instance.name() + " stopped; see " + work.resolve(instance.name() + ".log"));
            }
            try {
                HttpResponse<Void> ready = CLIENT.send(HttpRequest.newBuilder(URI.create(instance.base()
                        + "health/ready")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(instance.name() + " was not ready within " + BOOT_TIMEOUT);
    }

    /** nginx as a child process, on a free loopback port, with a configuration made from the site template. */
    private void startNginx() throws IOException, InterruptedException {
        Path prefix = Files.createDirectories(work.resolve("nginx"));
        int port = freePort();
        StringBuilder servers = new StringBuilder();
        for (Instance instance : instances) {
            servers.append("server 127.0.0.1:").append(instance.port()).append(" max_fails=1 fail_timeout=10s;\n    ");
        }
        String site = Files.readString(Path.of(System.getProperty("it.nginx.template")))
                .replace("@LISTEN@", "127.0.0.1:" + port)
                .replace("@SERVERS@", servers.toString().strip());
        Files.writeString(prefix.resolve("site.conf"), site);
        // The parts a Debian installation has in /etc/nginx/nginx.conf, kept inside the test's own folder.
        Files.writeString(prefix.resolve("nginx.conf"), """
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events {
                    worker_connections 256;
                }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/site.conf;
                }
                """.formatted(prefix.toAbsolutePath()));
        ProcessBuilder builder = new ProcessBuilder(NGINX, "-p", prefix.toAbsolutePath().toString(), "-c",
                prefix.resolve("nginx.conf").toAbsolutePath().toString(), "-e",
                prefix.resolve("error.log").toAbsolutePath().toString());
        builder.redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile());
        nginx = builder.start();
        proxy = URI.create("http://127.0.0.1:" + port + "/").toURL();
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (!nginx.isAlive()) {
                throw new AssertionError("nginx stopped: " + Files.readString(prefix.resolve("nginx.out")));
            }
            try {
                CLIENT.send(HttpRequest.newBuilder(URI.create(proxy + "health/live")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYetListening) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("nginx did not listen on " + proxy);
    }

    private static void stop(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** A published meeting this many hours ahead, organised by Gemeente Leiden. */
    private long publishedMeeting(Api medewerker, int hoursAhead, int capacity) {
        long organiser;
        try {
            organiser = number("select id from organisation where name = ?", "Gemeente Leiden");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        JsonObject body = TestData.meetingJson(TestData.uniqueName("Kenniscafé cluster"), LocalDateTime.now()
                .plusHours(hoursAhead)
                .withNano(0), capacity, organiser).build();
        long id = TestData.meeting(medewerker, body);
        assertEquals(200, medewerker.post("api/intranet/meetings/" + id + "/publish", null).status());
        return id;
    }

    /** Job runs per job since this moment. */
    private Map<String, Long> runsPerJob(Instant since) throws SQLException {
        Map<String, Long> runs = new LinkedHashMap<>();
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(
                        "select job, count(*) from job_run where period_start >= ? group by job order by job")) {
            statement.setTimestamp(1, Timestamp.from(since));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    runs.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return runs;
    }

    /** Job periods since this moment that more than one run claimed, as "job period: instances". */
    private List<String> periodsRunMoreThanOnce(Instant since) throws SQLException {
        List<String> periods = new ArrayList<>();
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(
                        "select job, period_start, string_agg(instance, ', ') from job_run where period_start >= ?"
                                + " group by job, period_start having count(*) > 1")) {
            statement.setTimestamp(1, Timestamp.from(since));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    periods.add(result.getString(1) + " " + result.getTimestamp(2) + ": " + result.getString(3));
                }
            }
        }
        return periods;
    }

    /** The jobs this instance started since this moment. */
    private List<String> runsSince(String instance, Instant since) {
        List<String> runs = new ArrayList<>();
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(
                        "select job from job_run where instance = ? and started_at >= ?")) {
            statement.setString(1, instance);
            statement.setTimestamp(2, Timestamp.from(since));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    runs.add(result.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return runs;
    }

    private static long number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** The cluster's own database. */
    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.cluster.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(INVALIDATION_TIMEOUT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ", within " + INVALIDATION_TIMEOUT.toSeconds() + " seconds");
            }
            TestMail.sleep(500);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
