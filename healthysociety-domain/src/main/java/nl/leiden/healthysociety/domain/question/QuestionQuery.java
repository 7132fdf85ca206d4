package nl.leiden.healthysociety.domain.question;

import java.time.Instant;
import java.util.Set;

/**
 * Which questions an inbox lists; null fields and an empty status set do not filter.
 *
 * @param statuses has one of these statuses (any when empty)
 * @param themeId has this theme
 * @param priority has this priority
 * @param waitingSinceBefore has waited for an answer since before this moment
 * @param heldByOrganisationId with {@code heldByAccountId}: only the questions assigned to this organisation or to
 *        that person (a partner's inbox); both null lists everyone's questions
 * @param heldByAccountId see {@code heldByOrganisationId}
 */
public record QuestionQuery(Set<QuestionStatus> statuses, Long themeId, QuestionPriority priority,
        Instant waitingSinceBefore, Long heldByOrganisationId, Long heldByAccountId) {

    public QuestionQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** Whether only the questions someone holds are listed. */
    public boolean heldOnly() {
        return heldByOrganisationId != null || heldByAccountId != null;
    }
}
