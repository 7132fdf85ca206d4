package nl.leiden.healthysociety.service.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.service.exchange.PdfDocument;
import nl.leiden.healthysociety.service.exchange.XlsxWriter;

class AttachmentCheckTest {

    @Test
    void realFilesOfEachAcceptedKindPassWithTheTypeFoundInTheirContent() throws IOException {
        byte[] pdf = new PdfDocument().title("Vraag").paragraph("Bijlage").toBytes();
        byte[] xlsx = XlsxWriter.write("Blad", List.of(List.of("a", "b")));
        List<AttachmentCheck.CheckedFile> checked = AttachmentCheck.check(List.of(
                new AttachmentData("brief.pdf", pdf), new AttachmentData("C:\\Users\\x\\cijfers.XLSX", xlsx),
                new AttachmentData("foto.png", image("png")), new AttachmentData("foto.jpeg", image("jpg")),
                new AttachmentData("verslag.docx", zip("[Content_Types].xml", "word/document.xml"))));

        assertEquals(List.of("application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "image/png", "image/jpeg",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                checked.stream().map(AttachmentCheck.CheckedFile::contentType).toList());
        assertEquals("cijfers.XLSX", checked.get(1).fileName());
    }

    @Test
    void aFileRenamedToPdfIsRefusedByItsContent() throws IOException {
        assertRefused("validation.attachment.contentMismatch", new AttachmentData("echt.pdf", image("png")));
        assertRefused("validation.attachment.contentMismatch",
                new AttachmentData("script.pdf", "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.US_ASCII)));
        assertRefused("validation.attachment.contentMismatch",
                new AttachmentData("tabel.xlsx", zip("[Content_Types].xml", "word/document.xml")));
    }

    @Test
    void emptyTooLargeUnknownAndTooManyFilesAreRefused() {
        assertRefused("validation.attachment.empty", new AttachmentData("leeg.pdf", new byte[0]));
        byte[] large = new byte[AttachmentCheck.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);
        assertRefused("validation.attachment.tooLarge", new AttachmentData("groot.pdf", large));
        assertRefused("validation.attachment.kind", new AttachmentData("virus.exe", new byte[]{'M', 'Z', 0}));
        assertRefused("validation.attachment.tooLarge", AttachmentData.unread("film.mp4", 600L * 1024 * 1024));
        AttachmentData one = new AttachmentData("a.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        assertRefused("validation.attachment.tooMany", one, one, one, one, one, one);
    }

    @Test
    void fileNamesLoseFoldersAndControlCharacters() {
        assertEquals("brief.pdf", AttachmentCheck.fileName("../../etc/brief.pdf"));
        assertEquals("brief.pdf", AttachmentCheck.fileName("brief\u0000.pdf"));
        assertEquals("bestand", AttachmentCheck.fileName("  "));
    }

    private static void assertRefused(String key, AttachmentData... files) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AttachmentCheck.check(List.of(files)));
        assertEquals(List.of(key), refused.getFieldErrors().stream().map(FieldError::messageKey).toList());
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
