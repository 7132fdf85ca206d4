package nl.leiden.healthysociety.service.question;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import nl.leiden.healthysociety.domain.question.AskerKind;
import nl.leiden.healthysociety.domain.question.QuestionMessageKind;
import nl.leiden.healthysociety.domain.question.QuestionStatus;

/**
 * A question as its asker sees it through the personal link: the question, its status and the conversation. Never
 * the internal notes, events or who inside an organisation handles it.
 */
public record AskerView(String reference, QuestionStatus status, Instant createdAt, String name, String email,
        AskerKind kind, String theme, String area, String text, List<String> attachments,
        List<ConversationEntry> conversation, boolean mayReply) implements Serializable {

    /** One message: from the asker, or to them from the Center or a partner organisation (named by from). */
    public record ConversationEntry(QuestionMessageKind kind, String from, String text, Instant at)
            implements
                Serializable {
    }
}
