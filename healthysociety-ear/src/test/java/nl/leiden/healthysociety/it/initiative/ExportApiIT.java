package nl.leiden.healthysociety.it.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;

/** Exporting the filtered list as CSV (for Dutch Excel), .xlsx and PDF, without contact persons. */
class ExportApiIT extends ServerTest {

    private String marker;
    private String email;

    @BeforeEach
    void twoInitiatives() {
        marker = TestData.uniqueName("export").replace(" ", "");
        email = marker + "@voorbeeld.nl";
        long hsl = TestData.organisationId("Hogeschool Leiden");
        TestData.initiative(api(DemoAccount.BEHEERDER), TestData.initiativeJson("Financiële hulp " + marker, hsl)
                .add("number", marker.substring(marker.length() - 8))
                .add("description", "Eerste regel; tweede \"deel\"\nen een nieuwe regel")
                .add("status", "IN_VOORBEREIDING")
                .add("contactName", "Piet Pietersen")
                .add("contactEmail", email)
                .add("themeIds", Json.createArrayBuilder().add(TestData.themeId("GEZONDHEID_WELZIJN")))
                .build());
        TestData.initiative(api(DemoAccount.BEHEERDER), TestData.initiativeJson("Ander onderwerp " + marker, hsl)
                .build());
    }

    @Test
    void csvOpensInDutchExcelAndHasTheImportColumns() {
        HttpResponse<byte[]> response = api(DemoAccount.PARTNER_GGD)
                .download("api/intranet/initiatives/export.csv?q=financiele%20" + marker);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFNummer;Titel;Thema;Beschrijving;Trekker;Partners;Gebied;Status;"), csv);
        assertTrue(csv.contains(";Financiële hulp " + marker + ";Gezondheid & Welzijn;"
                + "\"Eerste regel; tweede \"\"deel\"\"\nen een nieuwe regel\";Hogeschool Leiden;;;in voorbereiding;"),
                csv);
        assertFalse(csv.contains("Ander onderwerp"), "only the filtered list");
        assertFalse(csv.contains(email) || csv.contains("Pietersen"), "no contact person");
        assertEquals(2, csv.split("\r\n").length, "header and one record (its line break stays inside quotes)");
    }

    @Test
    void xlsxHasAHeaderAndARowPerInitiative() throws IOException {
        HttpResponse<byte[]> response = api(DemoAccount.MEDEWERKER)
                .download("api/intranet/initiatives/export.xlsx?q=" + marker);

        assertEquals(200, response.statusCode());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(3, rows.size());
            assertEquals("Titel", rows.get(0).getCellText(1));
            assertEquals("Ander onderwerp " + marker, rows.get(1).getCellText(1), "sorted by title");
        }
    }

    @Test
    void pdfListsTheInitiatives() throws IOException {
        HttpResponse<byte[]> response = api(DemoAccount.MEDEWERKER)
                .download("api/intranet/initiatives/export.pdf?q=" + marker);

        assertEquals(200, response.statusCode());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Financiële hulp " + marker), text);
            assertTrue(text.contains("2 initiatieven"), text);
            assertFalse(text.contains(email), "no contact person");
        }
    }

    @Test
    void anonymousCallersCannotExportAndUnknownFormatsAreNotFound() {
        assertEquals(401, anonymous().download("api/intranet/initiatives/export.csv").statusCode());
        assertEquals(404, api(DemoAccount.MEDEWERKER).download("api/intranet/initiatives/export.doc").statusCode());
    }
}
