package nl.leiden.healthysociety.it.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.leiden.healthysociety.it.support.Api;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestAccounts;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * Issue 9, point 4: {@code scripts/backup.sh} and {@code scripts/restore.sh}, run as operations run them, against the
 * database the running application uses. The application's data (demo data, what the other test classes left, and a
 * question with attachments, a registration, an invitation and a failed login of this class's own) is backed up while
 * the application keeps running, restored into a new database in the same PostgreSQL cluster, and compared table by
 * table: nothing may be lost.
 * <p>
 * The backup reads the database from a snapshot that this test exported and compared within: the application's timers
 * (mail, reminders) keep writing while the test runs, and without one snapshot a row sent in between would look lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreIT extends ServerTest {

    private static final Path SCRIPTS = Path.of(System.getProperty("it.scripts", "../scripts"));

    /** Static: JUnit fills instance fields only before each test, after the backup in {@link BeforeAll}. */
    @TempDir
    static Path work;

    private String restored;
    private Path dump;
    private Path files;
    private DatabaseContents original;
    private Map<String, Long> sequencesBefore;
    private Map<String, Long> sequencesAfter;
    private byte[] attachment;
    private long questionId;

    @BeforeAll
    void backUpTheRunningApplicationAndRestoreIntoANewDatabase() throws Exception {
        addDataOfEveryKind();
        files = Files.createDirectories(work.resolve("files"));
        Files.createDirectories(files.resolve("sub"));
        Files.writeString(files.resolve("sub/note.txt"), "bewaard", StandardCharsets.UTF_8);
        Files.write(files.resolve("random.bin"), attachment);

        sequencesBefore = sequencesNow();
        try (Connection source = TestDatabase.connect()) {
            source.setAutoCommit(false);
            source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement statement = source.createStatement();
                    ResultSet result = statement.executeQuery("select pg_export_snapshot()")) {
                result.next();
                snapshot = result.getString(1);
            }
            original = DatabaseContents.read(source);
            Result backup = run(List.of("backup.sh", "--output", work.resolve("backups").toString(), "--files",
                    files.toString(), "--", "--snapshot=" + snapshot));
            assertEquals(0, backup.exitCode(), backup.output());
            dump = Path.of(backup.lastLine());
            source.rollback();
        }
        sequencesAfter = sequencesNow();

        restored = "healthysociety_restore_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        Result restore = run(List.of("restore.sh", "--database", restored, "--create", "--files-to",
                work.resolve("restored-files").toString(), dump.toString()));
        assertEquals(0, restore.exitCode(), restore.output());
    }

    @AfterAll
    void dropTheRestoredDatabases() {
        drop(restored);
    }

    @Test
    void theBackupIsATimestampedCustomFormatDumpWithChecksumsReadableOnlyByItsOwner() throws IOException {
        String stem = dump.getFileName().toString().replace(".dump", "");
        assertTrue(stem.matches("healthysociety-\\d{8}T\\d{6}Z"), stem);
        assertArrayEquals("PGDMP".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(Files.readAllBytes(
                dump), 5), "pg_dump's custom format");
        try (Stream<Path> set = Files.list(dump.getParent())) {
            assertEquals(List.of(stem + "-files.tar.gz", stem + ".dump", stem + ".sha256"), set.map(path -> path
                    .getFileName()
                    .toString()).sorted().toList(), "no partial files left behind");
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dump)));
        Result check = run(List.of("restore.sh", "--check", dump.toString()));
        assertEquals(0, check.exitCode(), check.output());
    }

    @Test
    void everyTableOfTheRestoredDatabaseHoldsExactlyTheRowsOfTheBackedUpOne() {
        // The comparison proves something only if the tables hold data: every table has rows at the time of the
        // backup (demo data and this class's own), the attachments and Flyway's history included.
        List<String> empty = original.tables()
                .entrySet()
                .stream()
                .filter(table -> table.getValue().rows() == 0)
                .map(Map.Entry::getKey)
                .toList();
        assertEquals(List.of(), empty, "tables without rows at the time of the backup");
        assertTrue(original.tables().size() >= 48, original.tables().keySet()::toString);
        assertTrue(original.tables().containsKey("flyway_schema_history"));

        DatabaseContents copy = contentsOf(restored);

        assertEquals(List.of(), copy.tablesDifferentFrom(original));
        assertEquals(original.tables(), copy.tables());
    }

    @Test
    void attachmentsComeBackByteForByte() throws SQLException {
        try (Connection connection = connect(restored);
                PreparedStatement statement = connection.prepareStatement(
                        "select content from question_attachment where question_id = ? order by length(content) desc")) {
            statement.setLong(1, questionId);
            try (ResultSet result = statement.executeQuery()) {
                assertTrue(result.next(), "the question's attachments are restored");
                assertArrayEquals(attachment, result.getBytes(1));
            }
        }
    }

    @Test
    void theRestoredSchemaIsTheOneTheApplicationMigratedAndValidates() {
        DatabaseContents copy = contentsOf(restored);

        // Flyway's history is among the tables compared above, row for row; with the same columns, types,
        // constraints and indexes the application's migration check and Hibernate's validation find what they found
        // at its own start.
        assertTrue(original.schema().size() > 300, "columns, constraints and indexes read: " + original.schema()
                .size());
        assertEquals(original.schema(), copy.schema());
    }

    @Test
    void sequencesGoOnAfterTheRestoredRowsSoNewRecordsGetNewIds() throws SQLException {
        DatabaseContents copy = contentsOf(restored);

        assertEquals(original.sequences().keySet(), copy.sequences().keySet());
        // pg_dump reads a sequence when it gets to it, not in the snapshot: the restored value lies between the
        // values before and after the backup (the same value when nothing was added meanwhile).
        for (Map.Entry<String, Long> sequence : copy.sequences().entrySet()) {
            String name = sequence.getKey();
            assertTrue(sequencesBefore.get(name) <= sequence.getValue() && sequence.getValue() <= sequencesAfter.get(
                    name), name + ": " + sequencesBefore.get(name) + " <= " + sequence.getValue() + " <= "
                            + sequencesAfter.get(name));
        }
        List<String> behind = new ArrayList<>();
        try (Connection connection = connect(restored); Statement statement = connection.createStatement()) {
            Map<String, String> identities = new TreeMap<>();
            try (ResultSet result = statement.executeQuery("select table_name, column_name from"
                    + " information_schema.columns where table_schema = 'public' and is_identity = 'YES'")) {
                while (result.next()) {
                    identities.put(result.getString(1), result.getString(2));
                }
            }
            assertTrue(identities.size() >= 30, identities::toString);
            for (Map.Entry<String, String> identity : identities.entrySet()) {
                try (ResultSet result = statement.executeQuery("select coalesce(max(\"" + identity.getValue()
                        + "\"), 0), (select coalesce(last_value + increment_by, start_value) from pg_sequences"
                        + " where schemaname || '.' || sequencename = pg_get_serial_sequence('public.\""
                        + identity.getKey() + "\"', '" + identity.getValue() + "')) from public.\"" + identity
                                .getKey()
                        + "\"")) {
                    result.next();
                    if (result.getLong(2) <= result.getLong(1)) {
                        behind.add(identity.getKey() + ": next " + result.getLong(2) + ", highest " + result
                                .getLong(1));
                    }
                }
            }
        }
        assertEquals(List.of(), behind, "sequences that would hand out an id already taken");
    }

    @Test
    void theDirectoryArchiveIsUnpackedAsItWas() throws IOException {
        Path unpacked = work.resolve("restored-files");

        assertEquals("bewaard", Files.readString(unpacked.resolve("sub/note.txt"), StandardCharsets.UTF_8));
        assertArrayEquals(attachment, Files.readAllBytes(unpacked.resolve("random.bin")));
        try (Stream<Path> all = Files.walk(unpacked)) {
            assertEquals(4, all.count(), "the directory, sub, and two files");
        }
    }

    @Test
    void aDatabaseWithTablesIsOnlyReplacedWhenForcedAndThenCompletely() throws SQLException {
        String other = restored + "_b";
        try {
            assertEquals(0, run(List.of("restore.sh", "--database", other, "--create", dump.toString())).exitCode());
            try (Connection connection = connect(other); Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from question_attachment");
                statement.executeUpdate("update organisation set name = name || ' (gewijzigd)'");
                statement.executeUpdate("create table left_behind (id int)");
            }
            DatabaseContents changed = contentsOf(other);
            assertEquals(List.of("left_behind", "organisation", "question_attachment"), original.tablesDifferentFrom(
                    changed), "the comparison notices what was changed");

            Result refused = run(List.of("restore.sh", "--database", other, dump.toString()));

            assertNotEquals(0, refused.exitCode());
            assertTrue(refused.output().contains("is not empty"), refused.output());
            assertEquals(changed, contentsOf(other), "a refused restore changes nothing");

            Result forced = run(List.of("restore.sh", "--database", other, "--force", dump.toString()));

            assertEquals(0, forced.exitCode(), forced.output());
            DatabaseContents replaced = contentsOf(other);
            assertEquals(List.of(), replaced.tablesDifferentFrom(original));
            assertEquals(original.schema(), replaced.schema());
        } finally {
            drop(other);
        }
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnyDatabaseIsTouched() throws IOException {
        Path copy = Files.createDirectories(work.resolve("damaged"));
        try (Stream<Path> set = Files.list(dump.getParent())) {
            for (Path file : set.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path damaged = copy.resolve(dump.getFileName());
        byte[] bytes = Files.readAllBytes(damaged);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(damaged, bytes);
        String never = restored + "_c";

        Result check = run(List.of("restore.sh", "--check", damaged.toString()));
        Result restore = run(List.of("restore.sh", "--database", never, "--create", damaged.toString()));

        assertNotEquals(0, check.exitCode());
        assertTrue(check.output().contains("damaged"), check.output());
        assertNotEquals(0, restore.exitCode());
        assertEquals(0, TestDatabase.number("select count(*) from pg_database where datname = ?", never));
    }

    /**
     * Rows in the tables that demo data leaves empty: a question with attachments (one of random bytes, so every byte
     * value passes through bytea), a registration with its confirmation e-mail, an action plan with a follow-up, an
     * initiative for a target group, a festival review, an invitation (an account token) and a failed login.
     */
    private void addDataOfEveryKind() {
        Random random = new Random(9);
        attachment = png(random);
        String asker = TestMail.address("Backup vraagsteller");
        questionId = TestData.ask(anonymous(), TestData.questionJson("Bea Backup", asker)
                .add("attachments", Json.createArrayBuilder()
                        .add(attachment("afbeelding.png", attachment))
                        .add(attachment("brief.pdf", pdf())))
                .build());
        TestMail.await(asker, "Uw vraag aan het Meeting Point");

        Api medewerker = api(DemoAccount.MEDEWERKER);
        long meeting = TestData.publishedMeeting(medewerker, TestData.uniqueName("Back-up-café"), 20);
        String visitor = TestMail.address("Backup bezoeker");
        Api.Response registered = TestData.register(anonymous(), meeting, TestData.registrationJson("Bob Backup",
                visitor).build());
        assertEquals(201, registered.status(), registered::toString);

        long plan = medewerker.post("api/intranet/meetings/" + meeting + "/action-plans", Json.createObjectBuilder()
                .add("title", TestData.uniqueName("Back-up-actieplan"))
                .add("ownerId", TestData.organisationId("GGD Hollands Midden"))
                .build()).json().getJsonNumber("id").longValue();
        Api.Response followUp = api(DemoAccount.PARTNER_GGD).post("api/intranet/action-plans/" + plan + "/follow-ups",
                Json.createObjectBuilder()
                        .add("date", LocalDate.now().toString())
                        .add("text", "Voortgang voor de back-up.")
                        .build());
        assertEquals(201, followUp.status(), followUp::toString);

        JsonObject initiative = TestData.initiative(medewerker, TestData.initiativeJson(TestData.uniqueName(
                "Back-up-initiatief"), TestData.organisationId("Gemeente Leiden"))
                .add("targetGroupIds", Json.createArrayBuilder().add(TestDatabase.number(
                        "select min(id) from target_group")))
                .build());
        assertEquals(1, TestDatabase.number("select count(*) from initiative_target_group where initiative_id = ?",
                initiative.getJsonNumber("id").longValue()), initiative::toString);

        long proposal = TestDatabase.number("select min(id) from session_proposal where status = 'IN_BEOORDELING'");
        Api.Response review = medewerker.put("api/intranet/festival/proposals/" + proposal + "/review", Json
                .createObjectBuilder()
                .add("score", 4)
                .add("comment", "Beoordeeld voor de back-up")
                .build());
        assertEquals(204, review.status(), review::toString);

        String invited = TestMail.address("Backup partner");
        Api.Response invitation = api(DemoAccount.BEHEERDER).post("api/beheer/accounts/invitations", Json
                .createObjectBuilder()
                .add("displayName", "Iris Backup")
                .add("email", invited)
                .add("organisationId", TestData.organisationId("GGD Hollands Midden"))
                .build());
        assertEquals(201, invitation.status(), invitation::toString);

        String guesser = TestAccounts.copyOf(DemoAccount.PARTNER_GGD, "backup");
        assertEquals(401, Api.as(baseUrl, guesser, "not-the-password").get("api/intranet/questions").status());
        TestMail.await(invited, "Uitnodiging");
    }

    private static JsonObject attachment(String fileName, byte[] content) {
        return Json.createObjectBuilder()
                .add("fileName", fileName)
                .add("content", Base64.getEncoder().encodeToString(content))
                .build();
    }

    /** A PNG of random pixels: it hardly compresses, so the file holds nearly every byte value many times. */
    private static byte[] png(Random random) {
        BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Long> sequencesNow() throws SQLException {
        try (Connection connection = TestDatabase.connect()) {
            return DatabaseContents.read(connection).sequences();
        }
    }

    private static DatabaseContents contentsOf(String database) {
        try (Connection connection = connect(database)) {
            return DatabaseContents.read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A database on the same server as the application's, as the same user. */
    private static Connection connect(String database) throws SQLException {
        String url = System.getProperty("it.db.url");
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        String other = path.substring(0, path.lastIndexOf('/') + 1) + database + (query < 0
                ? ""
                : url.substring(
                        query));
        return DriverManager.getConnection(other, System.getProperty("it.db.user"), System.getProperty(
                "it.db.password"));
    }

    private static void drop(String database) {
        if (database != null) {
            TestDatabase.update("drop database if exists \"" + database + "\" with (force)");
        }
    }

    private record Result(int exitCode, String output) {

        /** What the script printed last: backup.sh ends with the path of the dump it wrote. */
        String lastLine() {
            List<String> lines = output.lines().toList();
            return lines.get(lines.size() - 1);
        }
    }

    /**
     * Runs one of the scripts with the application's own database settings, as operations would on the server; the
     * password travels in the environment only.
     */
    private static Result run(List<String> command) {
        List<String> full = new ArrayList<>(command);
        full.set(0, SCRIPTS.resolve(command.get(0)).toString());
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("PG"));
        environment.put("HEALTHYSOCIETY_DB_URL", System.getProperty("it.db.url"));
        environment.put("HEALTHYSOCIETY_DB_USER", System.getProperty("it.db.user"));
        environment.put("HEALTHYSOCIETY_DB_PASSWORD", System.getProperty("it.db.password"));
        try {
            Path output = Files.createTempFile("healthysociety-backup-script", ".log");
            try {
                Process process = builder.redirectOutput(output.toFile()).start();
                if (!process.waitFor(3, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish");
                }
                return new Result(process.exitValue(), Files.readString(output));
            } finally {
                Files.delete(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
