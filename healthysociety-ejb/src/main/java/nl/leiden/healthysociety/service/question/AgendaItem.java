package nl.leiden.healthysociety.service.question;

import java.io.Serializable;
import java.util.List;

/** One question on the Meeting Point meeting's agenda, with what earlier meetings decided about it. */
public record AgendaItem(QuestionSummary question, List<QuestionDetails.Decision> decisions)
        implements
            Serializable {
}
