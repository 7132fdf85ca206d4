package nl.leiden.healthysociety.domain.question;

import java.util.Arrays;
import java.util.List;

/** Where a question is: new, being handled by the Center, passed to partners, answered, or closed. */
public enum QuestionStatus {
    NIEUW, IN_BEHANDELING, DOORVERWEZEN, BEANTWOORD, GESLOTEN;

    /** Still needs someone to act: not answered and not closed. */
    public boolean isOpen() {
        return this == NIEUW || this == IN_BEHANDELING || this == DOORVERWEZEN;
    }

    /** The statuses that are open, for queries. */
    public static List<QuestionStatus> open() {
        return Arrays.stream(values()).filter(QuestionStatus::isOpen).toList();
    }
}
