package nl.leiden.healthysociety.web.platform;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.Part;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.service.exchange.SpreadsheetReader;

/** Reads an uploaded spreadsheet, refusing a missing, empty or too large file with a message for the file field. */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] read(Part file) throws IOException {
        if (file == null || file.getSize() == 0) {
            throw new InvalidInputException(FieldError.of("file", "import.file.empty"));
        }
        if (file.getSize() > SpreadsheetReader.MAX_BYTES) {
            throw new InvalidInputException(FieldError.of("file", "import.file.tooLarge"));
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
