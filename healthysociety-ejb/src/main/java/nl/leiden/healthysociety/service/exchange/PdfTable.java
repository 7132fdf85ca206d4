package nl.leiden.healthysociety.service.exchange;

import java.util.List;

/**
 * A plain PDF listing: a title, then one block per record (a bold first line, then label: value lines), wrapped to
 * the page width, on as many A4 pages as needed.
 */
final class PdfTable {

    private static final float LEADING = 13;

    /** One record: its heading and its label-value lines. */
    record Block(String heading, List<String[]> lines) {
    }

    private PdfTable() {
    }

    static byte[] write(String title, String subtitle, List<Block> blocks) {
        PdfDocument pdf = new PdfDocument().title(title).paragraph(subtitle).space(LEADING);
        for (Block block : blocks) {
            pdf.keep(LEADING * (block.lines().size() + 2)).boldLine(block.heading());
            for (String[] pair : block.lines()) {
                if (pair[1] != null && !pair[1].isBlank()) {
                    pdf.paragraph(pair[0] + ": " + pair[1]);
                }
            }
            pdf.space(LEADING / 2);
        }
        return pdf.toBytes();
    }
}
