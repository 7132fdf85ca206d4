package nl.leiden.healthysociety.it.question;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Real files to send with a question: a PDF made with PDFBox, a PNG made with ImageIO. */
final class QuestionFiles {

    private QuestionFiles() {
    }

    static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An attachment as the API takes it. */
    static JsonObject attachment(String fileName, byte[] content) {
        return Json.createObjectBuilder()
                .add("fileName", fileName)
                .add("content", Base64.getEncoder().encodeToString(content))
                .build();
    }
}
