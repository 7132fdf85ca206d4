package nl.leiden.healthysociety.service.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV that Excel in a Dutch locale opens correctly: UTF-8 with a byte order mark (without it Excel guesses
 * the wrong encoding and mangles ë), semicolons between fields, CRLF line ends, fields quoted when needed.
 */
public final class CsvWriter {

    private static final String BOM = "\uFEFF";

    private CsvWriter() {
    }

    public static byte[] write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(';');
                }
                out.append(quote(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        // A leading = + - @ makes Excel evaluate the cell as a formula: prefix a quote so data stays data.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
