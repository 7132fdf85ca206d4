package nl.leiden.healthysociety.web.api;

import java.util.Base64;
import java.util.List;

import nl.leiden.healthysociety.domain.question.AskerKind;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.service.question.AttachmentCheck;
import nl.leiden.healthysociety.service.question.AttachmentData;
import nl.leiden.healthysociety.service.question.QuestionData;

/** A question as JSON: the form's fields, with attachments as file name and base64 content. */
public record QuestionInput(String name, String email, AskerKind kind, String organisation, Long themeId,
        Long areaId, String text, boolean consent, String language, List<FileInput> attachments) {

    public record FileInput(String fileName, String content) {
    }

    QuestionData toData() {
        List<AttachmentData> files = attachments == null
                ? List.of()
                : attachments.stream().map(QuestionInput::decode).toList();
        return new QuestionData(name, email, kind, organisation, themeId, areaId, text, consent, language, files);
    }

    /** Strict base64: anything that is not base64 is refused rather than silently skipped. */
    private static AttachmentData decode(FileInput file) {
        if (file == null) {
            throw new InvalidInputException(FieldError.of(AttachmentCheck.FIELD, "validation.attachment.base64"));
        }
        try {
            return new AttachmentData(file.fileName(),
                    file.content() == null ? new byte[0] : Base64.getDecoder().decode(file.content()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldError.of(AttachmentCheck.FIELD, "validation.attachment.base64"));
        }
    }

    @Override
    public String toString() {
        return "QuestionInput[" + kind + "]";
    }
}
