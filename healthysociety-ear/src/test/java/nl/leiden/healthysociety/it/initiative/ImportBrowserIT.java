package nl.leiden.healthysociety.it.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import nl.leiden.healthysociety.it.support.BrowserTest;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;

/** Importing initiatives from CSV and Excel: preview with problems, deciding on unknown names, confirming. */
class ImportBrowserIT extends BrowserTest {

    @TempDir
    Path files;

    @Test
    void previewShowsProblemsWritesNothingAndReimportUpdatesInsteadOfDuplicating() throws IOException {
        String m = TestData.uniqueName("").strip();
        String club = "Nieuwe Sportclub " + m;
        Path csv = files.resolve("initiatieven.csv");
        Files.writeString(csv, "\uFEFF"
                + "Nummer;Titel;Thema;Beschrijving;Trekker;Partners;Gebied;Status;Startdatum\r\n"
                + "IMP-" + m + ";Buurtsportcoach " + m + ";Gezondheid & Welzijn;\"Sporten in de wijk; voor iedereen\r\n"
                + "met een \"\"knipoog\"\"\";Gemeente Leiden;LUMC, " + club + ";Stevenshofdistrict;lopend;1-3-2026\r\n"
                + "IMP2-" + m + ";;Gezondheid & Welzijn;Zonder titel;Gemeente Leiden;;;lopend;\r\n"
                + "IMP3-" + m + ";Foute datum " + m + ";Gezondheid & Welzijn;;Gemeente Leiden;;;lopend;31-02-2026\r\n",
                StandardCharsets.UTF_8);
        long before = initiatives();
        login(DemoAccount.MEDEWERKER);
        open("intranet/initiatieven-importeren");

        upload(csv);

        String preview = pageText();
        assertTrue(preview.contains("1 nieuw, 0 bijwerken, 2 overslaan"), preview);
        assertTrue(preview.contains("Titel ontbreekt."));
        assertTrue(preview.contains("Geen geldige datum: 31-02-2026"));
        assertTrue(preview.contains("Onbekende organisatie: " + club + "."));
        assertEquals(before, initiatives(), "the preview writes nothing");

        new Select(browser().findElement(By.cssSelector("select[id$=':decision']")))
                .selectByVisibleText("Nieuwe organisatie aanmaken");
        click("preview:apply");
        assertFalse(pageText().contains("Onbekende organisatie: " + club), "decided names are no problem any more");

        click("preview:confirm");
        confirm();
        assertTrue(
                messages().contains("Import klaar: 1 nieuw, 0 bijgewerkt, 2 overgeslagen, 1 organisaties aangemaakt."),
                messages());
        assertEquals(before + 1, initiatives());
        assertEquals("Sporten in de wijk; voor iedereen\r\nmet een \"knipoog\"",
                TestDatabase.text("select description from initiative where number = ?", "IMP-" + m));
        assertEquals(1, TestDatabase.number("select count(*) from initiative_partner p join organisation o"
                + " on o.id = p.organisation_id join initiative i on i.id = p.initiative_id"
                + " where i.number = ? and o.name = ?", "IMP-" + m, club));

        open("intranet/initiatieven-importeren");
        upload(csv);
        assertTrue(pageText().contains("0 nieuw, 1 bijwerken, 2 overslaan"), pageText());
        click("preview:confirm");
        confirm();
        assertEquals(before + 1, initiatives(), "importing the same file again does not duplicate");
    }

    @Test
    void excelFilesAreImportedToo() throws IOException {
        String m = TestData.uniqueName("").strip();
        Path xlsx = files.resolve("initiatieven.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx); Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Blad1");
            String[] header = {"Nummer", "Titel", "Trekker", "Status"};
            String[] row = {"XL-" + m, "Uit Excel " + m, "Hogeschool Leiden", "In voorbereiding"};
            for (int i = 0; i < header.length; i++) {
                sheet.value(0, i, header[i]);
                sheet.value(1, i, row[i]);
            }
        }
        login(DemoAccount.BEHEERDER);
        open("intranet/initiatieven-importeren");

        upload(xlsx);
        click("preview:confirm");
        confirm();

        assertEquals("IN_VOORBEREIDING",
                TestDatabase.text("select status from initiative where number = ?", "XL-" + m));
    }

    @Test
    void aFileThatIsNotASpreadsheetGetsAClearMessage() throws IOException {
        Path pdf = files.resolve("verslag.pdf");
        Files.writeString(pdf, "%PDF-1.7 geen spreadsheet");
        login(DemoAccount.MEDEWERKER);
        open("intranet/initiatieven-importeren");

        upload(pdf);

        assertTrue(pageText().contains("Dit is geen CSV- of Excel-bestand (.csv of .xlsx)."), pageText());
    }

    @Test
    void partnersCannotImport() throws IOException {
        Path csv = files.resolve("partner.csv");
        Files.writeString(csv, "Titel;Trekker\nVan een partner;GGD Hollands Midden\n");
        long before = initiatives();
        login(DemoAccount.PARTNER_GGD);
        open("intranet/initiatieven-importeren");

        upload(csv);

        assertEquals("Geen toegang", heading());
        assertEquals(before, initiatives());
    }

    private void upload(Path file) {
        byId("upload:file").sendKeys(file.toAbsolutePath().toString());
        click("upload:preview");
    }

    private static long initiatives() {
        return TestDatabase.number("select count(*) from initiative");
    }
}
