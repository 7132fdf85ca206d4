package nl.leiden.healthysociety.service.question;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.leiden.healthysociety.domain.question.AskerKind;
import nl.leiden.healthysociety.domain.question.QuestionMessageKind;
import nl.leiden.healthysociety.domain.question.QuestionPriority;
import nl.leiden.healthysociety.domain.question.QuestionStatus;
import nl.leiden.healthysociety.service.reference.Named;

/**
 * One question on the intranet, for the Center's staff and the partners it is assigned to: the asker, the
 * question, its whole history (conversation, internal notes, events), attachments, links and decisions. What the
 * caller may do with it is in the may... flags.
 */
public record QuestionDetails(long id, long version, String reference, QuestionStatus status,
        QuestionPriority priority, String askerName, String askerEmail, AskerKind askerKind,
        String askerOrganisation, Named theme, String area, String text, Instant createdAt, Instant waitingSince,
        boolean waitingTooLong, Instant firstAnsweredAt, Instant closedAt, List<Named> organisations,
        Named assignee, Named initiative, Named meeting, String kenniscafeTopic, List<Entry> history,
        List<Attachment> attachments, List<Decision> decisions, boolean anonymised, boolean mayManage,
        boolean mayAnswer, boolean mayHandBack) implements Serializable {

    /** One entry in the history; author and organisation are who wrote it (empty for the asker). */
    public record Entry(QuestionMessageKind kind, String text, String author, String organisation, Instant at)
            implements
                Serializable {
    }

    public record Attachment(long id, String fileName, String contentType, long size) implements Serializable {
    }

    public record Decision(LocalDate meetingDate, String text, String author) implements Serializable {
    }

    public List<Long> organisationIds() {
        return organisations.stream().map(Named::id).toList();
    }
}
