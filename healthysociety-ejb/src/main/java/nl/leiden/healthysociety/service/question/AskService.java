package nl.leiden.healthysociety.service.question;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.lang.System.Logger.Level;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.account.AccountRepository;
import nl.leiden.healthysociety.domain.meeting.ConsentText;
import nl.leiden.healthysociety.domain.question.Asker;
import nl.leiden.healthysociety.domain.question.Question;
import nl.leiden.healthysociety.domain.question.QuestionAttachment;
import nl.leiden.healthysociety.domain.question.QuestionMessage;
import nl.leiden.healthysociety.domain.question.QuestionMessageKind;
import nl.leiden.healthysociety.domain.question.QuestionRepository;
import nl.leiden.healthysociety.domain.question.QuestionStatus;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.reference.AreaLevel;
import nl.leiden.healthysociety.domain.reference.ReferenceRepository;
import nl.leiden.healthysociety.domain.reference.Theme;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.platform.CommandValidator;
import nl.leiden.healthysociety.service.platform.Tokens;
import nl.leiden.healthysociety.service.reference.Named;

/**
 * Asking the Meeting Point, with or without an account, and following the question through the personal link in
 * the confirmation e-mail: its status, the conversation with the Center and partners, and replying. The link's
 * token is the only way in, so a wrong or erased token is "not found". Someone logged in who asks is recorded as
 * the submitter.
 */
@Stateless
@PermitAll
@DeclareRoles({BEHEERDER, MEDEWERKER, PARTNER})
public class AskService {

    private static final System.Logger LOG = System.getLogger(AskService.class.getName());
    private static final String CENTER = "Leiden Healthy Society Center";

    @Inject
    QuestionRepository questions;

    @Inject
    ReferenceRepository references;

    @Inject
    AccountRepository accounts;

    @Inject
    CommandValidator validator;

    @Inject
    QuestionMails mails;

    @Resource
    SessionContext session;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    public ConsentText consent() {
        return em.createQuery("select c from ConsentText c where c.purpose = :purpose order by c.version desc",
                ConsentText.class)
                .setParameter("purpose", ConsentText.QUESTION)
                .setMaxResults(1)
                .getSingleResult();
    }

    public List<Named> themes() {
        return references.themes()
                .stream()
                .filter(AskService::offered)
                .map(theme -> new Named(theme.getId(), theme.getName()))
                .toList();
    }

    /** The districts and neighbourhoods a question can be about (the city as a whole is no choice). */
    public List<Named> areas() {
        return references.areas()
                .stream()
                .filter(AskService::offered)
                .map(area -> new Named(area.getId(), area.getName()))
                .toList();
    }

    public QuestionReceipt ask(QuestionData data) {
        validator.validate(data);
        List<AttachmentCheck.CheckedFile> files = AttachmentCheck.check(data.attachments());
        Theme theme = choice(Theme.class, data.themeId(), "themeId");
        Area area = choice(Area.class, data.areaId(), "areaId");
        if (theme != null && !offered(theme)) {
            throw new InvalidInputException(FieldError.of("themeId", "validation.unknownChoice"));
        }
        if (area != null && !offered(area)) {
            throw new InvalidInputException(FieldError.of("areaId", "validation.unknownChoice"));
        }
        Instant now = Instant.now();
        Question question = questions.add(new Question(
                new Asker(data.name(), data.email(), data.kind(), data.organisation()), theme, area, data.text(),
                data.languageOrDefault(), consent().getVersion(), Tokens.next(), loggedIn(), now));
        em.flush();
        for (AttachmentCheck.CheckedFile file : files) {
            questions.add(new QuestionAttachment(question, file.fileName(), file.contentType(), file.content(), now));
        }
        mails.received(question);
        LOG.log(Level.INFO, "Question {0} received with {1} attachments", question.getId(), files.size());
        return new QuestionReceipt(question.getReference());
    }

    /**
     * Asking on the intranet, as the account that is logged in. It records the same question as {@link #ask}, but
     * it is the intranet's way in and needs an account, like every other intranet write; visitors use the public
     * one.
     */
    @RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
    public QuestionReceipt askWithAccount(QuestionData data) {
        return ask(data);
    }

    public AskerView status(String token) {
        return view(byToken(token));
    }

    /** The asker writes again; an answered question is open again, and whoever holds it hears so. */
    public AskerView reply(String token, String text) {
        Question question = byToken(token);
        String trimmed = Texts.trimToNull(text);
        if (trimmed == null) {
            throw new InvalidInputException(FieldError.of("text", "validation.required"));
        }
        if (trimmed.length() > QuestionMessage.TEXT_MAX) {
            throw new InvalidInputException(new FieldError("text", "validation.tooLong",
                    Map.of("max", QuestionMessage.TEXT_MAX)));
        }
        if (question.getStatus() == QuestionStatus.GESLOTEN) {
            throw new ConflictException("error.question.closed");
        }
        Instant now = Instant.now();
        question.askerWrote(now);
        questions.add(new QuestionMessage(question, QuestionMessageKind.VAN_VRAAGSTELLER, trimmed, null, null, now));
        mails.askerReplied(question, mails.holders(question));
        LOG.log(Level.INFO, "Question {0}: the asker replied", question.getId());
        return view(question);
    }

    private AskerView view(Question question) {
        List<AskerView.ConversationEntry> conversation = questions.messages(question)
                .stream()
                .filter(message -> message.getKind().isConversation() && message.getText() != null)
                .map(message -> new AskerView.ConversationEntry(message.getKind(),
                        message.getKind() == QuestionMessageKind.VAN_VRAAGSTELLER
                                ? question.getAskerName()
                                : message.getOrganisation() == null ? CENTER : message.getOrganisation().getName(),
                        message.getText(), message.getCreatedAt()))
                .toList();
        List<String> attachments = questions.attachments(question)
                .stream()
                .map(QuestionRepository.AttachmentInfo::fileName)
                .toList();
        return new AskerView(question.getReference(), question.getStatus(), question.getCreatedAt(),
                question.getAskerName(), question.getAskerEmail(), question.getAskerKind(),
                question.getTheme() == null ? null : question.getTheme().getName(),
                question.getArea() == null ? null : question.getArea().getName(), question.getText(), attachments,
                conversation, question.getStatus() != QuestionStatus.GESLOTEN);
    }

    private Question byToken(String token) {
        return questions.byToken(token).orElseThrow(() -> new NotFoundException("error.question.linkNotFound"));
    }

    /** The account of whoever is logged in, or null for a visitor without one. */
    private Account loggedIn() {
        boolean withAccount = session.isCallerInRole(BEHEERDER) || session.isCallerInRole(MEDEWERKER)
                || session.isCallerInRole(PARTNER);
        Principal principal = session.getCallerPrincipal();
        if (!withAccount || principal == null) {
            return null;
        }
        return accounts.findByUsername(principal.getName()).filter(Account::isEnabled).orElse(null);
    }

    private static boolean offered(Theme theme) {
        return theme.isActive();
    }

    /** The city as a whole is no choice: a question is about a district or neighbourhood, or about none. */
    private static boolean offered(Area area) {
        return area.getLevel() != AreaLevel.STAD && area.isActive();
    }

    private <T> T choice(Class<T> type, Long id, String field) {
        if (id == null) {
            return null;
        }
        List<T> found = references.findAll(type, List.of(id));
        if (found.isEmpty()) {
            throw new InvalidInputException(FieldError.of(field, "validation.unknownChoice"));
        }
        return found.get(0);
    }
}
