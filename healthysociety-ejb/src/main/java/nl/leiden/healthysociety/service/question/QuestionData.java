package nl.leiden.healthysociety.service.question;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.question.AskerKind;
import nl.leiden.healthysociety.domain.question.Question;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * What someone fills in to ask the Meeting Point a question, with or without an account. The consent box must be
 * ticked; theme and area are optional. {@link #toString()} leaves the personal data out of logs.
 */
public record QuestionData(
        @NotBlank(message = "{validation.required}") @Size(max = Question.NAME_MAX, message = "{validation.tooLong}") @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{validation.registration.name}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = Question.EMAIL_MAX, message = "{validation.tooLong}") @Email(message = "{validation.email}") @Pattern(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{validation.email}") String email,
        @NotNull(message = "{validation.required}") AskerKind kind,
        @Size(max = Question.ORGANISATION_MAX, message = "{validation.tooLong}") String organisation,
        Long themeId,
        Long areaId,
        @NotBlank(message = "{validation.required}") @Size(max = Question.TEXT_MAX, message = "{validation.tooLong}") String text,
        @AssertTrue(message = "{validation.registration.consent}") boolean consent,
        String language,
        List<AttachmentData> attachments) {

    public QuestionData {
        name = Texts.trimToNull(name);
        email = Texts.trimToNull(email);
        organisation = Texts.trimToNull(organisation);
        text = Texts.trimToNull(text);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public String languageOrDefault() {
        return "en".equals(language) ? "en" : "nl";
    }

    @Override
    public String toString() {
        return "QuestionData[" + kind + ", " + attachments.size() + " attachments]";
    }
}
