package nl.leiden.healthysociety.service.question;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.question.Question;
import nl.leiden.healthysociety.domain.question.QuestionAttachment;
import nl.leiden.healthysociety.domain.question.QuestionMessage;
import nl.leiden.healthysociety.domain.question.QuestionMessageKind;
import nl.leiden.healthysociety.domain.question.QuestionPriority;
import nl.leiden.healthysociety.domain.question.QuestionQuery;
import nl.leiden.healthysociety.domain.question.QuestionRepository;
import nl.leiden.healthysociety.domain.question.QuestionStatus;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotAllowedException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.exchange.ExportFile;
import nl.leiden.healthysociety.service.initiative.ResultPage;
import nl.leiden.healthysociety.service.meeting.LeidenTime;
import nl.leiden.healthysociety.service.reference.Named;
import nl.leiden.healthysociety.service.security.Caller;
import nl.leiden.healthysociety.service.security.CallerLookup;

/**
 * The Meeting Point's inbox on the intranet. Medewerkers and beheerders see every question, triage it (status,
 * priority), assign it to partner organisations and/or a person, write to the asker, keep internal notes and link
 * it to what it led to. A partner sees only the questions assigned to its organisation (or to itself): it answers
 * them, adds notes and hands them back; any other question is refused, whichever screen or API asks.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
public class QuestionDeskService {

    private static final System.Logger LOG = System.getLogger(QuestionDeskService.class.getName());
    private static final int EXCERPT = 140;
    private static final String HANDED_BACK = "Teruggegeven: ";

    /** The largest inbox page anyone can ask for. */
    public static final int MAX_PAGE = 200;

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionMails mails;

    @Inject
    MeetingPointSettings settings;

    @Inject
    CallerLookup callers;

    @Resource
    SessionContext session;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    /**
     * One page of the inbox, newest first, and how many questions the filter selects in all. A partner's inbox holds
     * only what is assigned to its organisation or to itself, on every page and in the total.
     *
     * @param first the position of the page's first question, from 0
     * @param max the page size, 1 to {@value #MAX_PAGE}
     */
    public ResultPage<QuestionSummary> inbox(QuestionFilter filter, int first, int max) {
        List<FieldError> errors = new ArrayList<>();
        if (first < 0) {
            errors.add(FieldError.of("first", "validation.page.first"));
        }
        if (max < 1 || max > MAX_PAGE) {
            errors.add(new FieldError("max", "validation.page.max", Map.of("max", MAX_PAGE)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Caller caller = caller();
        Instant now = Instant.now();
        Duration waitingLimit = settings.waitingLimit();
        boolean everyone = caller.actsForEveryone();
        QuestionQuery query = new QuestionQuery(filter.statuses(), filter.themeId(), filter.priority(),
                filter.waitingTooLongOnly() ? now.minus(waitingLimit) : null,
                everyone || caller.organisation() == null ? null : caller.organisation().getId(),
                everyone ? null : caller.account().getId());
        List<QuestionSummary> items = questions.page(query, first, max)
                .stream()
                .map(question -> summary(question, waitingLimit, now))
                .toList();
        // A page that is not full ends the list, so it tells the total without counting again.
        boolean last = items.size() < max && (first == 0 || !items.isEmpty());
        return new ResultPage<>(items, last ? first + items.size() : questions.count(query));
    }

    public QuestionDetails question(long id) {
        Caller caller = caller();
        return details(caller, visible(caller, id));
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public void triage(long id, QuestionStatus status, QuestionPriority priority) {
        Question question = find(id);
        if (question.isAnonymised() && status != null && status != QuestionStatus.GESLOTEN) {
            throw new ConflictException("error.question.erased");
        }
        if (status != null && status != question.getStatus()) {
            question.changeStatus(status, Instant.now());
            event(question, "Status: " + status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (priority != null) {
            question.changePriority(priority);
        }
        log("Question {0} triaged", id);
    }

    /** Passes the question to these organisations and/or this person; the newly assigned hear so by e-mail. */
    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public void assign(long id, Set<Long> organisationIds, Long assigneeId) {
        Question question = requireOpen(find(id));
        Set<Long> ids = organisationIds == null ? Set.of() : organisationIds;
        List<Organisation> organisations = ids.isEmpty()
                ? List.of()
                : em.createQuery("select o from Organisation o where o.id in :ids and o.active = true",
                        Organisation.class)
                        .setParameter("ids", ids)
                        .getResultList();
        if (organisations.size() != ids.size()) {
            throw new InvalidInputException(FieldError.of("organisationIds", "validation.unknownChoice"));
        }
        Account assignee = assigneeId == null ? null : em.find(Account.class, assigneeId);
        if (assigneeId != null && (assignee == null || !assignee.isEnabled())) {
            throw new InvalidInputException(FieldError.of("assigneeId", "validation.unknownChoice"));
        }
        Set<Organisation> before = question.getOrganisations();
        Account assigneeBefore = question.getAssignee();
        question.assign(new LinkedHashSet<>(organisations), assignee);
        Set<String> newlyAssigned = new LinkedHashSet<>();
        for (Organisation organisation : organisations) {
            if (!before.contains(organisation) && organisation.getContactEmail() != null) {
                newlyAssigned.add(organisation.getContactEmail());
            }
        }
        if (assignee != null && !assignee.equals(assigneeBefore) && assignee.getEmail() != null) {
            newlyAssigned.add(assignee.getEmail());
        }
        if (!newlyAssigned.isEmpty()) {
            mails.assigned(question, newlyAssigned);
        }
        List<String> holders = new ArrayList<>(organisations.stream().map(Organisation::getName).toList());
        if (assignee != null) {
            holders.add(assignee.getDisplayName());
        }
        event(question, holders.isEmpty()
                ? "Doorverwezen naar: niemand (terug bij het Center)"
                : "Doorverwezen naar: " + String.join(", ", holders));
        log("Question {0} assigned", id);
    }

    /** An internal note: seen by the Center and the partners holding the question, never by the asker. */
    public void note(long id, String text) {
        Caller caller = caller();
        Question question = requireOpen(visible(caller, id));
        questions.add(new QuestionMessage(question, QuestionMessageKind.NOTITIE, text(text), caller.account(),
                caller.organisation(), Instant.now()));
        log("Note added to question {0}", id);
    }

    /** Writes to the asker, by e-mail; the question counts as answered. */
    public void answer(long id, String text) {
        Caller caller = caller();
        Question question = requireOpen(visible(caller, id));
        String message = text(text);
        Instant now = Instant.now();
        questions.add(new QuestionMessage(question, QuestionMessageKind.AAN_VRAAGSTELLER, message, caller.account(),
                caller.organisation(), now));
        question.answered(now);
        mails.answer(question, caller.organisation() == null
                ? "Leiden Healthy Society Center"
                : caller.organisation().getName(), message);
        log("Question {0} answered", id);
    }

    /** A partner gives the question back to the Center, saying why. */
    @RolesAllowed(PARTNER)
    public void handBack(long id, String reason) {
        Caller caller = caller();
        Question question = requireOpen(visible(caller, id));
        String why = text(reason, QuestionMessage.TEXT_MAX - HANDED_BACK.length());
        Instant now = Instant.now();
        question.handBack(caller.organisation(), caller.account());
        questions.add(new QuestionMessage(question, QuestionMessageKind.GEBEURTENIS, HANDED_BACK + why,
                caller.account(), caller.organisation(), now));
        log("Question {0} handed back", id);
    }

    /** What the question led to: an initiative, a meeting, a topic for a coming Kenniscafé (each may be empty). */
    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public void link(long id, Long initiativeId, Long meetingId, String kenniscafeTopic) {
        Question question = find(id);
        Initiative initiative = initiativeId == null ? null : em.find(Initiative.class, initiativeId);
        if (initiativeId != null && initiative == null) {
            throw new InvalidInputException(FieldError.of("initiativeId", "validation.unknownChoice"));
        }
        Meeting meeting = meetingId == null ? null : em.find(Meeting.class, meetingId);
        if (meetingId != null && meeting == null) {
            throw new InvalidInputException(FieldError.of("meetingId", "validation.unknownChoice"));
        }
        String topic = Texts.trimToNull(kenniscafeTopic);
        if (topic != null && topic.length() > Question.TOPIC_MAX) {
            throw new InvalidInputException(new FieldError("kenniscafeTopic", "validation.tooLong",
                    Map.of("max", Question.TOPIC_MAX)));
        }
        question.link(initiative, meeting, topic);
        log("Question {0} linked", id);
    }

    /** An attachment, for whoever may see the question. */
    public ExportFile attachment(long questionId, long attachmentId) {
        Caller caller = caller();
        Question question = visible(caller, questionId);
        QuestionAttachment attachment = questions.attachment(attachmentId)
                .filter(found -> found.getQuestion().equals(question))
                .orElseThrow(() -> new NotFoundException("error.question.attachmentNotFound"));
        return new ExportFile(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
    }

    /** The people a question can be assigned to: enabled accounts, by name. */
    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public List<Named> assignees() {
        return em.createQuery("select a from Account a where a.enabled = true", Account.class)
                .getResultStream()
                .map(account -> new Named(account.getId(), account.getDisplayName()
                        + (account.getOrganisation() == null ? "" : " (" + account.getOrganisation().getName() + ")")))
                .sorted(Comparator.comparing(named -> named.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The organisations a question can be assigned to: the active ones, by name. */
    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public List<Named> organisations() {
        return em.createQuery("select o from Organisation o where o.active = true order by o.nameKey",
                Organisation.class)
                .getResultStream()
                .map(organisation -> new Named(organisation.getId(), organisation.getName()))
                .toList();
    }

    /** What a question can be linked to: initiatives by title, and meetings, newest first. */
    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public Map<String, List<Named>> linkChoices() {
        List<Named> initiatives = em.createQuery("select i.id, i.title from Initiative i order by lower(i.title)",
                Object[].class)
                .getResultStream()
                .map(row -> new Named((Long) row[0], (String) row[1]))
                .toList();
        List<Named> meetings = em.createQuery("select m from Meeting m order by m.startsAt desc", Meeting.class)
                .getResultStream()
                .map(meeting -> new Named(meeting.getId(), meeting.getTitle() + " ("
                        + LeidenTime.local(meeting.getStartsAt()).toLocalDate() + ")"))
                .toList();
        return Map.of("initiatives", initiatives, "meetings", meetings);
    }

    static QuestionSummary summary(Question question, Duration waitingLimit, Instant now) {
        String text = question.getText();
        return new QuestionSummary(question.getId(), question.getReference(), question.getStatus(),
                question.getPriority(), question.getTheme() == null ? null : question.getTheme().getName(),
                question.getTheme() == null ? null : question.getTheme().getId(),
                question.getArea() == null ? null : question.getArea().getName(), question.getAskerKind(),
                question.getCreatedAt(), Duration.between(question.getCreatedAt(), now).toDays(),
                question.getOrganisations().stream().map(Organisation::getName).sorted().toList(),
                question.getAssignee() == null ? null : question.getAssignee().getDisplayName(),
                question.isWaitingLongerThan(waitingLimit, now),
                text == null || text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…");
    }

    private QuestionDetails details(Caller caller, Question question) {
        boolean staff = caller.actsForEveryone();
        boolean holder = holds(caller, question);
        List<QuestionDetails.Entry> history = questions.messages(question)
                .stream()
                .map(message -> new QuestionDetails.Entry(message.getKind(), message.getText(),
                        message.getAuthor() == null ? null : message.getAuthor().getDisplayName(),
                        message.getOrganisation() == null ? null : message.getOrganisation().getName(),
                        message.getCreatedAt()))
                .toList();
        List<QuestionDetails.Attachment> attachments = questions.attachments(question)
                .stream()
                .map(info -> new QuestionDetails.Attachment(info.id(), info.fileName(), info.contentType(),
                        info.size()))
                .toList();
        List<QuestionDetails.Decision> decisions = questions.decisions(question)
                .stream()
                .map(decision -> new QuestionDetails.Decision(decision.getMeetingDate(), decision.getText(),
                        decision.getAuthor() == null ? null : decision.getAuthor().getDisplayName()))
                .toList();
        Instant now = Instant.now();
        boolean open = question.getStatus() != QuestionStatus.GESLOTEN && !question.isAnonymised();
        return new QuestionDetails(question.getId(), question.getVersion(), question.getReference(),
                question.getStatus(), question.getPriority(), question.getAskerName(), question.getAskerEmail(),
                question.getAskerKind(), question.getAskerOrganisation(),
                question.getTheme() == null
                        ? null
                        : new Named(question.getTheme().getId(), question.getTheme().getName()),
                question.getArea() == null ? null : question.getArea().getName(), question.getText(),
                question.getCreatedAt(), question.getWaitingSince(),
                question.isWaitingLongerThan(settings.waitingLimit(), now), question.getFirstAnsweredAt(),
                question.getClosedAt(),
                question.getOrganisations()
                        .stream()
                        .map(organisation -> new Named(organisation.getId(), organisation.getName()))
                        .sorted(Comparator.comparing(Named::name))
                        .toList(),
                question.getAssignee() == null
                        ? null
                        : new Named(question.getAssignee().getId(), question.getAssignee().getDisplayName()),
                question.getInitiative() == null
                        ? null
                        : new Named(question.getInitiative().getId(), question.getInitiative().getTitle()),
                question.getMeeting() == null
                        ? null
                        : new Named(question.getMeeting().getId(), question.getMeeting().getTitle()),
                question.getKenniscafeTopic(), history, attachments, decisions, question.isAnonymised(), staff,
                open && (staff || holder), open && holder && caller.isPartner());
    }

    /** Whether the caller may see the question: the Center's staff always, a partner when it holds it. */
    static boolean maySee(Caller caller, Question question) {
        return caller.actsForEveryone() || holds(caller, question);
    }

    private static boolean holds(Caller caller, Question question) {
        return caller.organisation() != null && question.getOrganisations().contains(caller.organisation())
                || caller.account().equals(question.getAssignee());
    }

    /**
     * The question, if the caller may see it. A partner is refused alike for another's question and for an id that
     * does not exist, so trying ids tells it nothing.
     */
    private Question visible(Caller caller, long id) {
        Question question = caller.actsForEveryone()
                ? find(id)
                : questions.find(id).orElseThrow(() -> new NotAllowedException("error.question.notYours"));
        if (!maySee(caller, question)) {
            throw new NotAllowedException("error.question.notYours");
        }
        return question;
    }

    /** Closed and erased questions take no more answers, notes, hand-backs or assignments. */
    private static Question requireOpen(Question question) {
        if (question.isAnonymised()) {
            throw new ConflictException("error.question.erased");
        }
        if (question.getStatus() == QuestionStatus.GESLOTEN) {
            throw new ConflictException("error.question.closed");
        }
        return question;
    }

    private Question find(long id) {
        return questions.find(id).orElseThrow(() -> new NotFoundException("error.question.notFound"));
    }

    /** Records what happened in the history (in Dutch, the language of the intranet's records). */
    private void event(Question question, String text) {
        Caller caller = caller();
        questions.add(new QuestionMessage(question, QuestionMessageKind.GEBEURTENIS, text, caller.account(),
                caller.organisation(), Instant.now()));
    }

    private static String text(String text) {
        return text(text, QuestionMessage.TEXT_MAX);
    }

    private static String text(String text, int max) {
        String trimmed = Texts.trimToNull(text);
        if (trimmed == null) {
            throw new InvalidInputException(FieldError.of("text", "validation.required"));
        }
        if (trimmed.length() > max) {
            throw new InvalidInputException(new FieldError("text", "validation.tooLong", Map.of("max", max)));
        }
        return trimmed;
    }

    private void log(String message, long id) {
        LOG.log(Level.INFO, message + " by account {1}", id, caller().account().getId());
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }
}
