package nl.leiden.healthysociety.service.question;

import java.time.Instant;
import java.util.List;

import nl.leiden.healthysociety.domain.question.AskerKind;
import nl.leiden.healthysociety.domain.question.QuestionMessageKind;
import nl.leiden.healthysociety.domain.question.QuestionStatus;

/** One question in a personal data export: as stored, with the conversation and the consent text given. */
public record QuestionRecord(String reference, Instant askedAt, QuestionStatus status, String name, String email,
        AskerKind kind, String organisation, String theme, String area, String text, List<String> attachments,
        List<Message> conversation, int consentVersion, String consentText) {

    public record Message(QuestionMessageKind kind, String text, Instant at) {
    }
}
