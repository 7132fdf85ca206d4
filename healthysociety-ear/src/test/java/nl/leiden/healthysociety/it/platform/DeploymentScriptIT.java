package nl.leiden.healthysociety.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestDirectory;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * The deployment script (scripts/deploy-payara.sh) as operations run it: against a fresh Payara Server domain of its
 * own (beside the shared test server, on other ports) and a fresh PostgreSQL database it configures the domain and
 * deploys the EAR, and the application then works on what the script set up: the server's JDBC pool, its mail
 * session, directory settings and secrets from password aliases. Deploying a newer EAR with the script keeps the data
 * and runs the new Flyway migration exactly once. Not a {@code ServerTest}: it never touches the shared server.
 */
class DeploymentScriptIT {

    private static final String DOMAIN = "hsdeploy";
    private static final String POOL = "healthysociety-pool";
    private static final String MAIL_FROM = "Deployment test <deployment-test@example.org>";
    private static final String MAIL_LOGIN = "hs-mailer";
    private static final Duration ASADMIN_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(8);
    /** The test-only migration that version N+1 adds. */
    private static final String UPGRADE_MIGRATION = "db/migration/V9000__upgrade_check.sql";

    private static Path work;
    private static Path asadmin;
    private static int portBase;
    private static URL base;
    private static String database;
    private static String databaseUrl;
    private static String mailPassword;
    private static GreenMail smtp;

    @BeforeAll
    static void installOnAFreshDomain() throws Exception {
        work = Files.createTempDirectory("healthysociety-deployment");
        run(List.of("unzip", "-q", System.getProperty("it.payara.zip"), "-d", work.toString()), ASADMIN_TIMEOUT);
        asadmin = work.resolve("payara6/bin/asadmin");
        portBase = freePortBase();
        asadmin("create-domain", "--portbase", Integer.toString(portBase), "--nopassword=true", DOMAIN);
        asadmin("start-domain", DOMAIN);
        base = URI.create("http://localhost:" + (portBase + 80) + "/").toURL();

        database = "healthysociety_deployment_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + database + " owner " + System.getProperty("it.db.user"));
        }
        String url = System.getProperty("it.db.url");
        databaseUrl = url.substring(0, url.lastIndexOf('/') + 1) + database;

        // An SMTP server of this test alone, with an account: it refuses a login with a wrong password, so mail
        // arrives only when the server's mail session logs in with the password from its alias.
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        mailPassword = "smtp-" + UUID.randomUUID();
        smtp.setUser("hs-mailer@example.org", MAIL_LOGIN, mailPassword);
        TestDirectory.start();

        deploy(System.getProperty("it.ear"), Map.of("HEALTHYSOCIETY_DB_PASSWORD", System.getProperty("it.db.password"),
                "HEALTHYSOCIETY_MAIL_PASSWORD", mailPassword, "HEALTHYSOCIETY_LDAP_BIND_PASSWORD",
                System.getProperty("it.ldap.password", "dienst-wachtwoord")));
    }

    @AfterAll
    static void removeDomainAndDatabase() throws Exception {
        try {
            if (asadmin != null) {
                stopDomain();
            }
        } finally {
            try {
                if (smtp != null) {
                    smtp.stop();
                }
                if (databaseUrl != null) {
                    try (Connection connection = TestDatabase.connect();
                            Statement statement = connection.createStatement()) {
                        statement.execute("drop database if exists " + database + " with (force)");
                    }
                }
            } finally {
                if (work != null) {
                    try (Stream<Path> files = Files.walk(work)) {
                        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                    }
                }
            }
        }
    }

    @Test
    void applicationAnswersOnTheServersPoolMailSessionAndSettings() throws Exception {
        Api.Response ready = Api.anonymous(base).getText("health/ready");
        assertEquals(200, ready.status(), ready::toString);
        Api.Response login = Api.anonymous(base).getText("login");
        assertEquals(200, login.status());
        assertTrue(login.body().contains("id=\"login:username\""), "the login form is served");

        Api.Response organisations = Api.as(base, DemoAccount.MEDEWERKER).get("api/organisaties?q=Gemeente%20Leiden");
        assertEquals(200, organisations.status(), organisations::toString);
        assertEquals(1, organisations.json().getInt("total"), "demo data, read from the new database");

        // Every connection of the application to its database is one of the server pool's.
        try (Connection connection = connectToDeploymentDatabase()) {
            assertTrue(number(connection, "select count(*) from pg_stat_activity where datname = current_database()"
                    + " and application_name = ?", POOL) > 0, "the server pool holds connections");
            assertEquals(0, number(connection, "select count(*) from pg_stat_activity where datname ="
                    + " current_database() and application_name <> ? and pid <> pg_backend_pid()", POOL),
                    "no connection to the database outside the server pool");
        }

        // Mail goes through the server's mail session: its SMTP server and login (password from the alias; the
        // application's own fallback settings would send to localhost:25) and its sender.
        String asker = TestMail.address("Installatietest");
        TestData.ask(Api.anonymous(base), TestData.questionJson("Installatie Test", asker).build());
        MimeMessage confirmation = awaitMail(asker);
        assertEquals(MAIL_FROM, confirmation.getFrom()[0].toString());

        // Directory login works with the settings and the service account's password (an alias) the script stored.
        String uid = "deploy" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Directory-" + UUID.randomUUID();
        TestDirectory.person(uid, "Deployment Test", uid + "@leiden.nl", password, TestDirectory.MEDEWERKERS);
        Api.Response asEmployee = Api.as(base, uid, password).get("api/organisaties");
        assertEquals(200, asEmployee.status(), asEmployee::toString);

        assertEquals("64", asadminOutput("get",
                "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size")
                .lines()
                .filter(line -> line.contains("max-thread-pool-size="))
                .map(line -> line.substring(line.indexOf('=') + 1).strip())
                .findFirst()
                .orElse(""));
        String jvmOptions = asadminOutput("list-jvm-options");
        assertTrue(jvmOptions.lines().anyMatch("-Xmx1g"::equals), "heap from the settings; the domain restarted");
        assertTrue(jvmOptions.lines().anyMatch("-Duser.timezone=Europe/Amsterdam"::equals), jvmOptions);
    }

    @Test
    void upgradeKeepsTheDataAndRunsTheNewMigrationOnce() throws Exception {
        String name = TestData.uniqueName("Upgradetest");
        long id = TestData.organisation(Api.as(base, DemoAccount.BEHEERDER), name).getJsonNumber("id").longValue();

        // Version N+1: the same EAR with one more migration. The database password is not given again: its alias
        // from the installation is kept.
        Path next = work.resolve("healthysociety-next.ear");
        withExtraMigration(Path.of(System.getProperty("it.ear")), next);
        deploy(next.toString(), Map.of());

        Api.Response kept = Api.as(base, DemoAccount.MEDEWERKER).get("api/organisaties/" + id);
        assertEquals(200, kept.status(), kept::toString);
        assertEquals(name, kept.json().getString("name"));
        try (Connection connection = connectToDeploymentDatabase()) {
            assertEquals(1, number(connection, "select count(*) from flyway_schema_history where version = '9000'"
                    + " and success"));
            assertEquals(1, number(connection, "select count(*) from upgrade_check"));
            long migrations = number(connection, "select count(*) from flyway_schema_history");

            // Deploying the same version again (as after a restart) migrates nothing.
            asadmin("deploy", "--force=true", "--name", "healthysociety", next.toString());
            assertEquals(migrations, number(connection, "select count(*) from flyway_schema_history"));
            assertEquals(1, number(connection, "select count(*) from upgrade_check"));
        }
        assertEquals(200, Api.as(base, DemoAccount.MEDEWERKER).get("api/organisaties/" + id).status());
    }

    /** Runs the deployment script with the settings an operator would write, plus these (secrets). */
    private static void deploy(String ear, Map<String, String> secrets) throws IOException, InterruptedException {
        List<String> settings = new ArrayList<>(List.of("# written by DeploymentScriptIT",
                "PAYARA_ASADMIN=" + asadmin, "PAYARA_DOMAIN=" + DOMAIN, "PAYARA_ADMIN_PORT=" + (portBase + 48),
                "PAYARA_READY_URL=" + base + "health/ready", "PAYARA_HEAP=1g",
                "HEALTHYSOCIETY_DB_URL=" + databaseUrl, "HEALTHYSOCIETY_DB_USER=" + System.getProperty("it.db.user"),
                "HEALTHYSOCIETY_DEMO_DATA=true", "HEALTHYSOCIETY_PUBLIC_URL=" + base,
                "HEALTHYSOCIETY_MAIL_HOST=127.0.0.1", "HEALTHYSOCIETY_MAIL_PORT=" + smtp.getSmtp().getPort(),
                "HEALTHYSOCIETY_MAIL_USER=" + MAIL_LOGIN, "HEALTHYSOCIETY_MAIL_FROM=\"" + MAIL_FROM + "\"",
                "HEALTHYSOCIETY_MAIL_RETRY_SECONDS=5",
                "HEALTHYSOCIETY_LDAP_URL=ldap://127.0.0.1:" + System.getProperty("it.ldap.port", "3389"),
                "HEALTHYSOCIETY_LDAP_BIND_DN=cn=healthysociety,ou=diensten," + TestDirectory.BASE,
                "HEALTHYSOCIETY_LDAP_USER_BASE=" + TestDirectory.PEOPLE,
                "HEALTHYSOCIETY_LDAP_GROUP_BASE=ou=groepen," + TestDirectory.BASE,
                "HEALTHYSOCIETY_LDAP_MEDEWERKER_GROUPS=" + TestDirectory.MEDEWERKERS));
        secrets.forEach((key, value) -> settings.add(key + "=" + value));
        Path file = work.resolve("healthysociety.env");
        Files.write(file, settings, StandardCharsets.UTF_8);
        try {
            run(List.of("bash", System.getProperty("it.deploy.script"), "--env-file", file.toString(), ear),
                    SCRIPT_TIMEOUT);
        } finally {
            Files.delete(file);
        }
    }

    /** A copy of the EAR whose EJB module carries one more Flyway migration. */
    private static void withExtraMigration(Path ear, Path copy) throws IOException {
        try (ZipFile original = new ZipFile(ear.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : original.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = original.getInputStream(entry)) {
                    if (entry.getName().equals("healthysociety-ejb.jar")) {
                        addMigration(in, out);
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    private static void addMigration(InputStream jar, OutputStream target) throws IOException {
        Path original = Files.createTempFile(work, "ejb", ".jar");
        Files.copy(jar, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ZipOutputStream out = new ZipOutputStream(target);
        try (ZipFile ejb = new ZipFile(original.toFile())) {
            for (ZipEntry entry : ejb.stream().toList()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = ejb.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        out.putNextEntry(new ZipEntry(UPGRADE_MIGRATION));
        out.write("""
                create table upgrade_check (id integer primary key, note varchar(40) not null);
                insert into upgrade_check (id, note) values (1, 'version N+1');
                """.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
        out.finish(); // not close: that would close the EAR being written
        Files.delete(original);
    }

    private static MimeMessage awaitMail(String address) throws MessagingException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getRecipients(Message.RecipientType.TO)[0].toString().equalsIgnoreCase(address)) {
                    return message;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail to " + address + " through the server's mail session");
    }

    private static Connection connectToDeploymentDatabase() throws SQLException {
        return DriverManager.getConnection(databaseUrl, System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    private static long number(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void stopDomain() throws IOException, InterruptedException {
        Path pid = work.resolve("payara6/glassfish/domains/" + DOMAIN + "/config/pid");
        if (!Files.isRegularFile(pid)) {
            return; // never started
        }
        try {
            asadmin("stop-domain", DOMAIN);
        } catch (AssertionError | IOException e) {
            // The server's own pid file still names the process to end.
            if (Files.isRegularFile(pid)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                        .ifPresent(ProcessHandle::destroyForcibly);
            }
            throw e;
        }
    }

    private static void asadmin(String... arguments) throws IOException, InterruptedException {
        asadminOutput(arguments);
    }

    private static String asadminOutput(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(asadmin.toString(), "--interactive=false"));
        if (!arguments[0].endsWith("-domain")) {
            command.addAll(List.of("--port", Integer.toString(portBase + 48)));
        }
        command.addAll(List.of(arguments));
        return run(command, ASADMIN_TIMEOUT);
    }

    /**
     * Runs a command and returns its output; fails with the output if it fails. Without the HEALTHYSOCIETY_* settings
     * that failsafe gives this JVM for the shared server: this domain gets its settings from the script alone.
     */
    private static String run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path output = Files.createTempFile(work, "command", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("HEALTHYSOCIETY_"));
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeout + ":\n"
                    + Files.readString(output));
        }
        String text = Files.readString(output);
        Files.delete(output);
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + text);
        }
        return text;
    }

    /** A port base whose Payara ports (admin +48, HTTP +80, HTTPS +81, IIOP, JMX, Hazelcast, ...) are all free. */
    private static int freePortBase() {
        int[] offsets = {9, 37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86};
        for (int candidate = 21000; candidate < 30000; candidate += 100) {
            boolean free = true;
            for (int offset : offsets) {
                free &= isFree(candidate + offset);
            }
            if (free) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free port base for Payara between 21000 and 30000");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
