package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * Checked from outside: sqlmap (from Debian) attacks the search and filter parameters of the public API and pages,
 * as an attacker would, and must find no injection point. Each target's normal answer is checked first, so a scan
 * of a page that does not answer cannot pass by finding nothing.
 */
class SqlInjectionScanIT extends ServerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "api/initiatives?q=gezond&theme=1&area=2&organisation=3&status=LOPEND&targetGroup=1&lifeStage=JEUGD&sort=TITLE"
                    + "|q,theme,area,organisation,status,targetGroup,lifeStage,sort",
            "kennisfestival?jaar=2026|jaar",
            "bijeenkomst?id=1|id"})
    void sqlmapFindsNoInjectionPointInTheSearchAndFilterParameters(String target, String parameters)
            throws Exception {
        scan(target, parameters);
    }

    @Test
    void sqlmapFindsNoInjectionPointInAPersonalLink() throws Exception {
        String email = TestMail.address("Scan");
        TestData.ask(anonymous(), TestData.questionJson("Scan", email).build());
        String code = TestMail.questionCode(TestMail.await(email, "Uw vraag aan het Meeting Point"));

        scan("api/questions/status/" + code, null);
    }

    /** Runs sqlmap against the parameters of this target (or, without parameters, its last path segment). */
    private void scan(String target, String parameters) throws Exception {
        String url = baseUrl.toExternalForm() + target;
        Path output = Files.createTempDirectory("sqlmap");
        List<String> command = new ArrayList<>(List.of("sqlmap", "-u", url.contains("?") ? url : url + "*",
                "--batch", "--level=2", "--risk=1", "--threads=4", "--disable-coloring", "--flush-session",
                "--output-dir=" + output, "--timeout=20", "--skip-waf"));
        if (parameters != null && !parameters.isBlank()) {
            command.add("-p");
            command.add(parameters);
        }
        Process sqlmap = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(sqlmap.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(sqlmap.waitFor(10, TimeUnit.MINUTES), "sqlmap did not finish");
        save(target, report);

        assertEquals(0, sqlmap.exitValue(), report);
        assertFalse(report.contains("identified the following injection point"), report);
        assertFalse(report.contains("appears to be injectable") && !report.contains("false positive"), report);
        assertTrue(
                report.contains("do not appear to be injectable") || report.contains("does not seem to be injectable"),
                "sqlmap did not finish its tests:\n" + report);
    }

    private static void save(String target, String report) throws IOException {
        Path directory = Path.of(System.getProperty("it.screenshots", "target")).resolveSibling("sqlmap");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(target.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"), report);
    }
}
