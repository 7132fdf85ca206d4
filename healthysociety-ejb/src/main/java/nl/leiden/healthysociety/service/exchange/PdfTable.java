package nl.leiden.healthysociety.service.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain PDF listing: a title, then one block per record (a bold first line, then label: value lines), wrapped to
 * the page width, on as many A4 pages as needed. Uses the PDF standard fonts, so characters outside their
 * Western European set are shown as "?".
 */
final class PdfTable {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 13;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument document = new PDDocument();
    private PDPageContentStream page;
    private float y;

    /** One record: its heading and its label-value lines. */
    record Block(String heading, List<String[]> lines) {
    }

    static byte[] write(String title, String subtitle, List<Block> blocks) {
        PdfTable table = new PdfTable();
        try {
            return table.render(title, subtitle, blocks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] render(String title, String subtitle, List<Block> blocks) throws IOException {
        try (document) {
            newPage();
            line(bold, 16, title);
            line(regular, SIZE, subtitle);
            y -= LEADING;
            for (Block block : blocks) {
                if (y < MARGIN + LEADING * (block.lines().size() + 2)) {
                    newPage();
                }
                for (String text : wrap(bold, SIZE, block.heading())) {
                    line(bold, SIZE, text);
                }
                for (String[] pair : block.lines()) {
                    if (pair[1] == null || pair[1].isBlank()) {
                        continue;
                    }
                    for (String text : wrap(regular, SIZE, pair[0] + ": " + pair[1])) {
                        if (y < MARGIN) {
                            newPage();
                        }
                        line(regular, SIZE, text);
                    }
                }
                y -= LEADING / 2;
            }
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void line(PDType1Font font, float size, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN, y);
        page.showText(printable(font, text));
        page.endText();
        y -= size > SIZE ? size + 4 : LEADING;
    }

    private List<String> wrap(PDType1Font font, float size, String text) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(font, text).split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text with every character the font cannot show replaced, and no control characters. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.replace("\r", "").codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            if (c == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                try {
                    font.encode(character);
                    out.append(character);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            }
        });
        return out.toString();
    }
}
