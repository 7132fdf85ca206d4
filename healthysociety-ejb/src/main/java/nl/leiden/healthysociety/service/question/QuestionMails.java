package nl.leiden.healthysociety.service.question;

import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.mail.MailKind;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.question.Question;
import nl.leiden.healthysociety.service.mail.Letter;
import nl.leiden.healthysociety.service.mail.MailOutbox;
import nl.leiden.healthysociety.service.meeting.PublicLinks;

/**
 * The Meeting Point's e-mails. The asker's are in the language they asked in and carry the personal link. Those
 * to whoever holds a question (the assigned person, the assigned organisations' contact addresses, or else the
 * Center's own address) are in Dutch and name only the reference and theme, never the asker: the details are on
 * the intranet.
 */
@ApplicationScoped
public class QuestionMails {

    private static final String BUNDLE = "nl.leiden.healthysociety.service.question.Mails";

    @Inject
    MailOutbox outbox;

    @Inject
    PublicLinks links;

    /** Confirms a new question to its asker, with the reference and the personal link. */
    public void received(Question question) {
        ResourceBundle texts = texts(question.getLocale());
        String body = format(texts, "greeting", question.getAskerName()) + "\n\n"
                + format(texts, "text.QUESTION_RECEIVED", question.getReference()) + "\n\n"
                + format(texts, "personalLink", links.question(question.getToken())) + "\n"
                + texts.getString("keepLink") + "\n\n" + texts.getString("closing") + "\n";
        toAsker(MailKind.QUESTION_RECEIVED, question, texts, body);
    }

    /** A message to the asker from the Center or a partner organisation. */
    public void answer(Question question, String from, String message) {
        ResourceBundle texts = texts(question.getLocale());
        String body = format(texts, "greeting", question.getAskerName()) + "\n\n"
                + format(texts, "text.QUESTION_ANSWER", question.getReference(), from) + "\n\n" + message + "\n\n"
                + format(texts, "replyLink", links.question(question.getToken())) + "\n\n"
                + texts.getString("closing") + "\n";
        toAsker(MailKind.QUESTION_ANSWER, question, texts, body);
    }

    /** Tells whoever holds the question that it was passed to them. */
    public void assigned(Question question, Set<String> recipients) {
        toHolders(MailKind.QUESTION_ASSIGNED, question, recipients, "");
    }

    /** Tells whoever holds the question that its asker wrote again. */
    public void askerReplied(Question question, Set<String> recipients) {
        toHolders(MailKind.QUESTION_REPLY, question, recipients, "");
    }

    /** Reminds whoever holds the question that it has waited for an answer for this many days. */
    public void reminder(Question question, Set<String> recipients, long days) {
        toHolders(MailKind.QUESTION_REMINDER, question, recipients, Long.toString(days));
    }

    /**
     * Who holds the question and is mailed about it: the assigned person (if their account has an address) and the
     * assigned organisations' contact addresses; when none of these has one, the Center itself.
     */
    public Set<String> holders(Question question) {
        Set<String> recipients = new LinkedHashSet<>();
        if (question.getAssignee() != null && question.getAssignee().getEmail() != null) {
            recipients.add(question.getAssignee().getEmail());
        }
        for (Organisation organisation : question.getOrganisations()) {
            if (organisation.getContactEmail() != null) {
                recipients.add(organisation.getContactEmail());
            }
        }
        if (recipients.isEmpty()) {
            recipients.add(links.organiserEmail());
        }
        return recipients;
    }

    private void toAsker(MailKind kind, Question question, ResourceBundle texts, String body) {
        if (question.isAnonymised()) {
            return;
        }
        String subject = format(texts, "subject." + kind.name(), question.getReference());
        outbox.queueForQuestion(kind, question.getAskerEmail(), new Letter(subject, body, null), question.getId());
    }

    private void toHolders(MailKind kind, Question question, Set<String> recipients, String days) {
        ResourceBundle texts = texts(Locale.forLanguageTag("nl"));
        String theme = question.getTheme() == null ? texts.getString("noTheme") : question.getTheme().getName();
        String subject = format(texts, "subject." + kind.name(), question.getReference(), days);
        String body = texts.getString("greetingHolder") + "\n\n"
                + format(texts, "text." + kind.name(), question.getReference(), theme, days) + "\n\n"
                + format(texts, "deskLink", links.questionDesk(question.getId())) + "\n\n"
                + texts.getString("closing") + "\n";
        for (String recipient : recipients) {
            outbox.queueForQuestion(kind, recipient, new Letter(subject, body, null), question.getId());
        }
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, QuestionMails.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
