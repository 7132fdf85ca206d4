package nl.leiden.healthysociety.service.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes rows of text as one worksheet of an .xlsx file, the first row bold and frozen as the header. */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static byte[] write(String sheetName, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Leiden Healthy Society Center", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
            if (!rows.isEmpty() && !rows.get(0).isEmpty()) {
                sheet.range(0, 0, 0, rows.get(0).size() - 1).style().bold().set();
                sheet.freezePane(0, 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
