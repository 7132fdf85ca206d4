package nl.leiden.healthysociety.service.question;

import java.util.Set;

import nl.leiden.healthysociety.domain.question.QuestionPriority;
import nl.leiden.healthysociety.domain.question.QuestionStatus;

/** Which questions the inbox shows: statuses (none means all), a theme, a priority, only those waiting too long. */
public record QuestionFilter(Set<QuestionStatus> statuses, Long themeId, QuestionPriority priority,
        boolean waitingTooLongOnly) {

    public QuestionFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** The open questions: new, being handled, passed on. */
    public static QuestionFilter open() {
        return new QuestionFilter(Set.of(QuestionStatus.NIEUW, QuestionStatus.IN_BEHANDELING,
                QuestionStatus.DOORVERWEZEN), null, null, false);
    }
}
