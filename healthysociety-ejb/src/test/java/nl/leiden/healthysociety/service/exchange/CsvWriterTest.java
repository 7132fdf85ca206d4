package nl.leiden.healthysociety.service.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void writesUtf8WithByteOrderMarkSemicolonsAndCrlf() {
        byte[] csv = CsvWriter.write(List.of(List.of("Titel", "Thema"), List.of("Financiële hulp", "Gezondheid")));

        assertTrue(Arrays.equals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3)));
        assertEquals("\uFEFFTitel;Thema\r\nFinanciële hulp;Gezondheid\r\n", new String(csv, StandardCharsets.UTF_8));
    }

    @Test
    void quotesFieldsThatNeedItAndDefusesFormulas() {
        assertEquals("\"a;b\"", CsvWriter.quote("a;b"));
        assertEquals("\"zei \"\"ja\"\"\"", CsvWriter.quote("zei \"ja\""));
        assertEquals("\"regel 1\nregel 2\"", CsvWriter.quote("regel 1\nregel 2"));
        assertEquals("'=SUM(A1)", CsvWriter.quote("=SUM(A1)"));
        assertEquals("", CsvWriter.quote(null));
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        List<List<String>> rows = List.of(List.of("Titel", "Beschrijving"),
                List.of("Één; twee", "met \"quotes\"\r\nen regels"));

        String text = new String(CsvWriter.write(rows), StandardCharsets.UTF_8).substring(1);

        assertEquals(rows, CsvReader.read(text));
    }
}
