package nl.leiden.healthysociety.domain.question;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored questions and their history, attachments and decisions. Implemented with JPA in the EJB module. */
public interface QuestionRepository {

    Optional<Question> find(long id);

    Optional<Question> byToken(String token);

    /**
     * Questions with one of these statuses (all when empty), newest first; with an organisation or account given,
     * only those assigned to that organisation or that person.
     */
    List<Question> list(Collection<QuestionStatus> statuses, Long organisationId, Long accountId);

    /**
     * One page of the questions the query selects, newest first (the id breaks ties, so pages never overlap), with
     * theme, area, assignee and the organisations the questions were passed to loaded.
     */
    List<Question> page(QuestionQuery query, int first, int max);

    /** How many questions the query selects. */
    long count(QuestionQuery query);

    /** Open questions that have waited since before this moment, longest first. */
    List<Question> waitingSince(Instant before);

    /** Questions closed before this moment whose asker has not been erased yet. */
    List<Question> closedBefore(Instant before);

    /** Every question asked under this e-mail address, for export and erasure on request. */
    List<Question> byEmail(String emailKey);

    /** The history, oldest first. */
    List<QuestionMessage> messages(Question question);

    /** The attachments, without loading their content. */
    List<AttachmentInfo> attachments(Question question);

    Optional<QuestionAttachment> attachment(long id);

    /** The decisions, oldest first. */
    List<QuestionDecision> decisions(Question question);

    <T> T add(T entity);

    /** Deletes the attachments of a question (with its asker's data). */
    int deleteAttachments(Question question);

    /** What a list of attachments shows: no content. */
    record AttachmentInfo(long id, String fileName, String contentType, long size) {
    }
}
