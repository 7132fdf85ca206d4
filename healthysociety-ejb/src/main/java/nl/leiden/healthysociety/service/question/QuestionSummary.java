package nl.leiden.healthysociety.service.question;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import nl.leiden.healthysociety.domain.question.AskerKind;
import nl.leiden.healthysociety.domain.question.QuestionPriority;
import nl.leiden.healthysociety.domain.question.QuestionStatus;

/**
 * A question in the inbox: its age in days, status, priority, theme and who holds it; waitingTooLong when it has
 * waited for an answer longer than the Meeting Point's limit.
 */
public record QuestionSummary(long id, String reference, QuestionStatus status, QuestionPriority priority,
        String theme, Long themeId, String area, AskerKind askerKind, Instant createdAt, long ageDays,
        List<String> organisations, String assignee, boolean waitingTooLong, String excerpt) implements Serializable {
}
