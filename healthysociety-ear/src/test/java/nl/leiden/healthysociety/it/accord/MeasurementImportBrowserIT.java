package nl.leiden.healthysociety.it.accord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestDatabase;

/** Importing measurements: a preview with each row's problems, replacing only when chosen, then confirming. */
class MeasurementImportBrowserIT extends BrowserTest {

    @TempDir
    Path files;

    @Test
    void previewShowsProblemsAndExistingValuesAreOnlyReplacedWhenChosen() throws IOException {
        long indicator = AccordApiIT.indicator(api(DemoAccount.MEDEWERKER), "ROOKVRIJ", "LOWER_IS_BETTER",
                "PERCENTAGE", "STAD", "DISTRICT");
        String name = TestDatabase.text("select name from indicator where id = ?", indicator);
        assertEquals(201, AccordApiIT.measure(api(DemoAccount.MEDEWERKER), indicator, 2021, "Leiden", "18").status());
        Path csv = files.resolve("metingen.csv");
        Files.writeString(csv, "\uFEFFIndicator;Jaar;Gebied;Waarde;Bron\r\n"
                + name + ";2022;Leiden;16,5;GGD\r\n"
                + name + ";2022;Morsdistrict;120;GGD\r\n"
                + name + ";2022;Atlantis;12;GGD\r\n"
                + "Bestaat niet;2022;Leiden;12;GGD\r\n"
                + name + ";2099;Leiden;12;GGD\r\n"
                + name + ";twintig;Leiden;12;GGD\r\n"
                + name + ";2021;Leiden;17;GGD\r\n", StandardCharsets.UTF_8);
        login(DemoAccount.MEDEWERKER);
        open("intranet/metingen-importeren");

        byId("upload:file").sendKeys(csv.toAbsolutePath().toString());
        click("upload:preview");

        String preview = pageText();
        assertTrue(preview.contains("1 nieuw, 0 vervangen, 6 overslaan"), preview);
        assertTrue(preview.contains("Een percentage ligt tussen 0 en 100, niet 120."), preview);
        assertTrue(preview.contains("Onbekend gebied: Atlantis."), preview);
        assertTrue(preview.contains("Onbekende indicator: Bestaat niet."), preview);
        assertTrue(preview.contains("Het jaar 2099 ligt in de toekomst of voor 1990."), preview);
        assertTrue(preview.contains("Geen geldig jaar: twintig (gebruik bijvoorbeeld 2023)."), preview);
        assertTrue(preview.contains("Er is al een waarde (18); deze rij wordt overgeslagen"), preview);
        assertEquals(1, measurements(indicator), "the preview writes nothing");

        check("Bestaande waarden vervangen (anders worden die rijen overgeslagen)");
        assertTrue(pageText().contains("1 nieuw, 1 vervangen, 5 overslaan"), pageText());

        click("preview:confirm");
        confirm();
        assertTrue(messages().contains("Import klaar: 1 nieuw, 1 vervangen, 5 overgeslagen."), messages());
        assertEquals(2, measurements(indicator));
        assertEquals("17.000", TestDatabase.text("select cast(measured as varchar) from measurement"
                + " where indicator_id = ? and period = 2021", indicator));
        assertEquals("16.500", TestDatabase.text("select cast(measured as varchar) from measurement"
                + " where indicator_id = ? and period = 2022", indicator));
    }

    @Test
    void partnersCannotImportMeasurements() throws IOException {
        Path csv = files.resolve("partner.csv");
        Files.writeString(csv, "Indicator;Jaar;Gebied;Waarde\nErnstig eenzame volwassenen;2023;Leiden;1\n");
        long before = TestDatabase.number("select count(*) from measurement");
        login(DemoAccount.PARTNER_GGD);
        open("intranet/metingen-importeren");

        byId("upload:file").sendKeys(csv.toAbsolutePath().toString());
        click("upload:preview");

        assertEquals("Geen toegang", heading());
        assertEquals(before, TestDatabase.number("select count(*) from measurement"));
    }

    private static long measurements(long indicator) {
        return TestDatabase.number("select count(*) from measurement where indicator_id = ?", indicator);
    }
}
