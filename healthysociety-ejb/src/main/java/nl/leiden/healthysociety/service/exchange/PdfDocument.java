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
 * A simple flowing A4 PDF: titles, headings, wrapped paragraphs and small line charts, on as many pages as needed.
 * Uses the PDF standard fonts, so characters outside their Western European set are shown as "?". Write it, then
 * call {@link #toBytes()} once.
 */
public final class PdfDocument {

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 13;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument document = new PDDocument();
    private PDPageContentStream page;
    private float y;

    public PdfDocument() {
        newPage();
    }

    public PdfDocument title(String text) {
        return lines(bold, 16, text, 6);
    }

    public PdfDocument heading(String text) {
        space(LEADING / 2);
        return lines(bold, 12, text, 3);
    }

    public PdfDocument boldLine(String text) {
        return lines(bold, SIZE, text, 0);
    }

    public PdfDocument paragraph(String text) {
        return lines(regular, SIZE, text, 0);
    }

    public PdfDocument space(float points) {
        y -= points;
        return this;
    }

    /** Makes sure this much height is left on the page, starting a new page if not. */
    public PdfDocument keep(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
        return this;
    }

    /**
     * A small line chart: the values (x = years) as a solid line, and a dashed line from baseline to target when
     * {@code aim} holds two points. Axis labels give the lowest and highest year and value.
     */
    public PdfDocument lineChart(List<Integer> years, List<Double> values, List<double[]> aim, float height) {
        keep(height + LEADING * 2);
        List<Double> allValues = new ArrayList<>(values);
        List<Double> allYears = new ArrayList<>(years.stream().map(Integer::doubleValue).toList());
        aim.forEach(point -> {
            allYears.add(point[0]);
            allValues.add(point[1]);
        });
        if (allYears.isEmpty()) {
            return this;
        }
        double minX = allYears.stream().min(Double::compare).orElseThrow();
        double maxX = Math.max(minX + 1, allYears.stream().max(Double::compare).orElseThrow());
        double minY = Math.min(0, allValues.stream().min(Double::compare).orElseThrow());
        double maxY = Math.max(minY + 1, allValues.stream().max(Double::compare).orElseThrow());
        float left = MARGIN + 40;
        float chartWidth = 300;
        float bottom = y - height;
        try {
            page.setLineWidth(0.5f);
            page.setStrokingColor(0.3f, 0.3f, 0.3f);
            page.moveTo(left, bottom);
            page.lineTo(left + chartWidth, bottom);
            page.moveTo(left, bottom);
            page.lineTo(left, y);
            page.stroke();
            text(regular, 8, String.format(java.util.Locale.ROOT, "%.0f", maxY), MARGIN, y - 8);
            text(regular, 8, String.format(java.util.Locale.ROOT, "%.0f", minY), MARGIN, bottom);
            text(regular, 8, Integer.toString((int) minX), left, bottom - 10);
            text(regular, 8, Integer.toString((int) maxX), left + chartWidth - 20, bottom - 10);
            if (aim.size() == 2) {
                page.setLineDashPattern(new float[]{4, 3}, 0);
                page.setStrokingColor(0.12f, 0.3f, 0.61f);
                page.moveTo(x(aim.get(0)[0], minX, maxX, left, chartWidth),
                        y(aim.get(0)[1], minY, maxY, bottom, height));
                page.lineTo(x(aim.get(1)[0], minX, maxX, left, chartWidth),
                        y(aim.get(1)[1], minY, maxY, bottom, height));
                page.stroke();
                page.setLineDashPattern(new float[]{}, 0);
            }
            if (!values.isEmpty()) {
                page.setLineWidth(1.5f);
                page.setStrokingColor(0.65f, 0.06f, 0.08f);
                for (int i = 0; i < values.size(); i++) {
                    float px = x(years.get(i), minX, maxX, left, chartWidth);
                    float py = y(values.get(i), minY, maxY, bottom, height);
                    if (i == 0) {
                        page.moveTo(px, py);
                    } else {
                        page.lineTo(px, py);
                    }
                }
                page.stroke();
            }
            page.setStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = bottom - LEADING * 1.5f;
        return this;
    }

    /**
     * One row of a table: each cell starts at its share of the page width (the shares add up to 1), is cut to fit
     * with "...", and the row is underlined. Bold for a header row. A row that does not fit starts a new page.
     */
    public PdfDocument row(float[] shares, List<String> cells, boolean header) {
        keep(LEADING * 2);
        PDType1Font font = header ? bold : regular;
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float width = WIDTH * shares[i];
            text(font, SIZE, fit(font, cells.get(i) == null ? "" : cells.get(i), width - 6), x, y);
            x += width;
        }
        try {
            page.setLineWidth(0.3f);
            page.moveTo(MARGIN, y - 5);
            page.lineTo(MARGIN + WIDTH, y - 5);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= LEADING * 1.6f;
        return this;
    }

    private String fit(PDType1Font font, String text, float width) {
        String printable = printable(font, text);
        try {
            if (font.getStringWidth(printable) / 1000 * SIZE <= width) {
                return printable;
            }
            String cut = printable;
            while (!cut.isEmpty() && font.getStringWidth(cut + "...") / 1000 * SIZE > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "...";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float x(double year, double minX, double maxX, float left, float width) {
        return (float) (left + (year - minX) / (maxX - minX) * width);
    }

    private static float y(double value, double minY, double maxY, float bottom, float height) {
        return (float) (bottom + (value - minY) / (maxY - minY) * height);
    }

    public byte[] toBytes() {
        try (document) {
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfDocument lines(PDType1Font font, float size, String text, float after) {
        if (text == null) {
            return this;
        }
        for (String line : wrap(font, size, text)) {
            keep(size + 3);
            text(font, size, line, MARGIN, y);
            y -= Math.max(LEADING, size + 4);
        }
        y -= after;
        return this;
    }

    private void text(PDType1Font font, float size, String text, float x, float atY) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, atY);
            page.showText(printable(font, text));
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private List<String> wrap(PDType1Font font, float size, String text) {
        List<String> lines = new ArrayList<>();
        try {
            for (String paragraph : printable(font, text).split("\n")) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
