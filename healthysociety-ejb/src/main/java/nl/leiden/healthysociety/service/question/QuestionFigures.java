package nl.leiden.healthysociety.service.question;

import java.io.Serializable;
import java.util.List;

/**
 * The Meeting Point in numbers: questions per status, theme and area; how long the first answer and closing took
 * (in hours: median and average over the questions that got there); and the open questions that have waited longer
 * than the limit of waitingDays.
 */
public record QuestionFigures(long total, List<Count> byStatus, List<Count> byTheme, List<Count> byArea,
        Duration firstAnswer, Duration toClose, int waitingDays, List<QuestionSummary> waitingTooLong)
        implements
            Serializable {

    /** A name (null for questions without a theme or area) and how many questions have it. */
    public record Count(String name, long count) implements Serializable {
    }

    /** Over how many questions, and their median and average in hours (null when none). */
    public record Duration(long questions, Double medianHours, Double averageHours) implements Serializable {
    }
}
