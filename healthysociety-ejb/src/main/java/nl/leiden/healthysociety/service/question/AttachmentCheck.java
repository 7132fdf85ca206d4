package nl.leiden.healthysociety.service.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.leiden.healthysociety.domain.question.QuestionAttachment;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * Checks files sent with a question before anything is stored: at most {@link #MAX_FILES}, none empty or larger
 * than {@link #MAX_BYTES}, each of a kind the Meeting Point accepts (PDF, images, Office documents) by its name
 * and by its content alike. A refusal names the file and says what is wrong with it.
 */
public final class AttachmentCheck {

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String FIELD = "attachments";

    private AttachmentCheck() {
    }

    /** A checked file, ready to store. */
    public record CheckedFile(String fileName, String contentType, byte[] content) {
    }

    public static List<CheckedFile> check(List<AttachmentData> files) {
        List<AttachmentData> sent = files == null ? List.of() : files;
        if (sent.size() > MAX_FILES) {
            throw new InvalidInputException(new FieldError(FIELD, "validation.attachment.tooMany",
                    Map.of("max", MAX_FILES)));
        }
        List<FieldError> errors = new ArrayList<>();
        List<CheckedFile> checked = new ArrayList<>();
        for (AttachmentData file : sent) {
            String name = fileName(file.fileName());
            byte[] content = file.content() == null ? new byte[0] : file.content();
            FileKind kind = FileKind.byName(name).orElse(null);
            if (file.size() > MAX_BYTES) {
                errors.add(new FieldError(FIELD, "validation.attachment.tooLarge",
                        Map.of("file", name, "max", MAX_BYTES / (1024 * 1024))));
            } else if (content.length == 0) {
                errors.add(error("validation.attachment.empty", name));
            } else if (kind == null) {
                errors.add(error("validation.attachment.kind", name));
            } else if (!kind.matches(content)) {
                errors.add(error("validation.attachment.contentMismatch", name));
            } else {
                checked.add(new CheckedFile(name, kind.contentType(), content));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return checked;
    }

    /** The file's own name without any folder, control characters or excess length. */
    static String fileName(String sent) {
        String name = Texts.trimToNull(sent);
        if (name == null) {
            return "bestand";
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            return "bestand";
        }
        int max = QuestionAttachment.FILE_NAME_MAX;
        return name.length() <= max ? name : name.substring(name.length() - max);
    }

    private static FieldError error(String key, String name) {
        return new FieldError(FIELD, key, Map.of("file", name));
    }
}
