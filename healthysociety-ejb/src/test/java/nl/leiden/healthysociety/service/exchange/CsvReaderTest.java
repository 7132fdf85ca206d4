package nl.leiden.healthysociety.service.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsDutchExcelCsvWithQuotedSemicolonsLineBreaksAndQuotes() {
        String csv = "Nummer;Titel;Beschrijving\r\n"
                + "1b;Studentenwelzijn;\"Welzijn; ook \"\"mentaal\"\"\r\nen financieel\"\r\n"
                + "\r\n"
                + "1c;YouRight;\n";

        List<List<String>> rows = CsvReader.read(csv);

        assertEquals(3, rows.size(), "the blank line is left out");
        assertEquals(List.of("Nummer", "Titel", "Beschrijving"), rows.get(0));
        assertEquals("Welzijn; ook \"mentaal\"\r\nen financieel", rows.get(1).get(2));
        assertEquals(List.of("1c", "YouRight", ""), rows.get(2));
    }

    @Test
    void commaSeparatedFilesAreRecognisedByTheirHeader() {
        List<List<String>> rows = CsvReader.read("Titel,Trekker\n\"Gezond, samen\",LUMC");

        assertEquals(List.of("Gezond, samen", "LUMC"), rows.get(1));
    }

    @Test
    void lastLineWithoutLineBreakIsRead() {
        assertEquals(List.of(List.of("Titel"), List.of("Laatste")), CsvReader.read("Titel\nLaatste"));
    }
}
