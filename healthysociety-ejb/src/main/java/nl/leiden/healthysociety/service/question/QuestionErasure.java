package nl.leiden.healthysociety.service.question;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.meeting.ConsentText;
import nl.leiden.healthysociety.domain.question.Question;
import nl.leiden.healthysociety.domain.question.QuestionMessage;
import nl.leiden.healthysociety.domain.question.QuestionRepository;
import nl.leiden.healthysociety.service.mail.MailOutbox;

/**
 * A question's personal data: exported for, and erased at the request of, its asker (or after the retention
 * period). Erasing removes the asker's name, address and organisation, the question's text, the texts of its
 * history (the conversation, and notes that may quote the asker), its attachments and the e-mails about it. What
 * the figures need stays: theme, area, kind of asker, status, the times, assignments and the decisions.
 */
@ApplicationScoped
public class QuestionErasure {

    @Inject
    QuestionRepository questions;

    @Inject
    MailOutbox outbox;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    public void erase(Question question, Instant now) {
        if (question.isAnonymised()) {
            return;
        }
        question.anonymise(now);
        questions.messages(question).forEach(QuestionMessage::erase);
        questions.deleteAttachments(question);
        outbox.forgetQuestion(question.getId());
    }

    /** Everything asked under this e-mail address, as stored, with the consent given. */
    public List<QuestionRecord> export(String emailKey) {
        return questions.byEmail(emailKey).stream().map(this::record).toList();
    }

    /** Erases every question asked under this address; returns how many. */
    public int eraseAll(String emailKey, Instant now) {
        List<Question> found = questions.byEmail(emailKey);
        found.forEach(question -> erase(question, now));
        return found.size();
    }

    private QuestionRecord record(Question question) {
        ConsentText consent = em.find(ConsentText.class, question.getConsentVersion());
        List<QuestionRecord.Message> conversation = questions.messages(question)
                .stream()
                .filter(message -> message.getKind().isConversation())
                .map(message -> new QuestionRecord.Message(message.getKind(), message.getText(),
                        message.getCreatedAt()))
                .toList();
        List<String> attachments = questions.attachments(question)
                .stream()
                .map(QuestionRepository.AttachmentInfo::fileName)
                .toList();
        return new QuestionRecord(question.getReference(), question.getCreatedAt(), question.getStatus(),
                question.getAskerName(), question.getAskerEmail(), question.getAskerKind(),
                question.getAskerOrganisation(), question.getTheme() == null ? null : question.getTheme().getName(),
                question.getArea() == null ? null : question.getArea().getName(), question.getText(), attachments,
                conversation, question.getConsentVersion(),
                consent == null ? null : consent.text(question.getLocale()));
    }
}
