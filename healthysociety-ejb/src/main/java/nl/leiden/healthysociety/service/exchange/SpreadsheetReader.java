package nl.leiden.healthysociety.service.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;

/**
 * Turns an uploaded file into rows of text cells: CSV (UTF-8, with or without byte order mark) or the first sheet
 * of an .xlsx workbook. Date cells of a workbook come out as yyyy-MM-dd. Anything else gets a clear message.
 */
public final class SpreadsheetReader {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private SpreadsheetReader() {
    }

    public static List<List<String>> read(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw problem("import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw problem("import.file.tooLarge");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
                && content[3] == 4;
        List<List<String>> rows;
        if (name.endsWith(".xlsx") && zip) {
            rows = xlsx(content);
        } else if (name.endsWith(".csv") && !zip) {
            rows = CsvReader.read(utf8(content));
        } else {
            throw problem("import.file.wrongType");
        }
        if (rows.isEmpty()) {
            throw problem("import.file.empty");
        }
        return rows;
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw problem("import.file.notUtf8");
        }
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                new ReadingOptions(true, false));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            List<List<String>> rows = new ArrayList<>();
            sheet.forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(cells);
                }
            });
            return rows;
        } catch (IOException | RuntimeException e) {
            throw problem("import.file.unreadable");
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER && isDateFormat(cell.getDataFormatString())) {
            return cell.asDate().toLocalDate().toString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    private static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String lower = format.toLowerCase(Locale.ROOT);
        return lower.contains("yy") || lower.contains("d") && lower.contains("m");
    }

    private static InvalidInputException problem(String key) {
        return new InvalidInputException(FieldError.of("file", key));
    }
}
