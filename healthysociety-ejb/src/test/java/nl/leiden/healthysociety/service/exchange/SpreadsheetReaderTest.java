package nl.leiden.healthysociety.service.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.domain.shared.InvalidInputException;

class SpreadsheetReaderTest {

    @Test
    void csvWithOrWithoutByteOrderMark() {
        byte[] plain = "Titel\nFinanciële hulp".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = ("\uFEFF" + "Titel\nFinanciële hulp").getBytes(StandardCharsets.UTF_8);

        assertEquals(List.of(List.of("Titel"), List.of("Financiële hulp")), SpreadsheetReader.read(plain, "a.csv"));
        assertEquals(SpreadsheetReader.read(plain, "a.csv"), SpreadsheetReader.read(withBom, "b.CSV"));
    }

    @Test
    void xlsxFirstSheetWithDatesAsIsoText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Initiatieven");
            sheet.value(0, 0, "Titel");
            sheet.value(0, 1, "Startdatum");
            sheet.value(1, 0, "Financiële hulp");
            sheet.value(1, 1, LocalDate.of(2026, 3, 1));
            sheet.style(1, 1).format("dd-mm-yyyy").set();
        }

        List<List<String>> rows = SpreadsheetReader.read(out.toByteArray(), "lijst.xlsx");

        assertEquals(List.of("Titel", "Startdatum"), rows.get(0));
        assertEquals(List.of("Financiële hulp", "2026-03-01"), rows.get(1));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertEquals("import.file.empty", key(() -> SpreadsheetReader.read(new byte[0], "a.csv")));
        assertEquals("import.file.tooLarge",
                key(() -> SpreadsheetReader.read(new byte[SpreadsheetReader.MAX_BYTES + 1], "a.csv")));
        assertEquals("import.file.wrongType", key(() -> SpreadsheetReader.read("%PDF-1.7".getBytes(), "a.pdf")));
        assertEquals("import.file.wrongType", key(() -> SpreadsheetReader.read("Titel".getBytes(), "a.xlsx")));
        assertEquals("import.file.notUtf8",
                key(() -> SpreadsheetReader.read("Titel\nFinanciële".getBytes(StandardCharsets.ISO_8859_1), "a.csv")));
        assertEquals("import.file.unreadable",
                key(() -> SpreadsheetReader.read(new byte[]{'P', 'K', 3, 4, 0, 0, 1}, "kapot.xlsx")));
        assertEquals("import.file.empty", key(() -> SpreadsheetReader.read("\n \n".getBytes(), "leeg.csv")));
    }

    private static String key(Runnable read) {
        InvalidInputException e = assertThrows(InvalidInputException.class, read::run);
        return e.getFieldErrors().get(0).messageKey();
    }
}
