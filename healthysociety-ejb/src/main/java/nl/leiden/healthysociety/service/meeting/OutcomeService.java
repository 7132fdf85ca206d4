package nl.leiden.healthysociety.service.meeting;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.meeting.ActionPlan;
import nl.leiden.healthysociety.domain.meeting.ActionPlanStatus;
import nl.leiden.healthysociety.domain.meeting.ActionPlanUpdate;
import nl.leiden.healthysociety.domain.meeting.Collaboration;
import nl.leiden.healthysociety.domain.meeting.Insight;
import nl.leiden.healthysociety.domain.meeting.Meeting;
import nl.leiden.healthysociety.domain.meeting.MeetingRepository;
import nl.leiden.healthysociety.domain.meeting.MeetingStatus;
import nl.leiden.healthysociety.domain.meeting.ThemeGroup;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.reference.ReferenceRepository;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotAllowedException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.initiative.InitiativeData;
import nl.leiden.healthysociety.service.initiative.InitiativeDetails;
import nl.leiden.healthysociety.service.initiative.InitiativeService;
import nl.leiden.healthysociety.service.platform.CommandValidator;
import nl.leiden.healthysociety.service.security.Caller;
import nl.leiden.healthysociety.service.security.CallerLookup;

/**
 * What came out of a meeting. Everyone with an account reads the outcomes of published meetings. The Center's
 * staff write minutes, insights, action plans and collaborations; a partner adds follow-ups to the action plans its
 * own organisation owns. An action plan becomes an initiative in the inventory with one call, led by its owner.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
public class OutcomeService {

    private static final System.Logger LOG = System.getLogger(OutcomeService.class.getName());
    private static final String NOT_FOUND = "error.meeting.notFound";

    @Inject
    MeetingRepository meetings;

    @Inject
    ReferenceRepository references;

    @Inject
    CommandValidator validator;

    @Inject
    CallerLookup callers;

    @Inject
    InitiativeService initiatives;

    @Resource
    SessionContext session;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    public MeetingOutcomes outcomes(long meetingId) {
        Caller caller = caller();
        Meeting meeting = visible(caller, meetingId);
        LocalDate today = LocalDate.now(LeidenTime.ZONE);
        List<Insight> insights = meetings.insights(meeting);
        List<MeetingOutcomes.InsightGroup> groups = new ArrayList<>();
        List<MeetingOutcomes.InsightView> general = insights.stream()
                .filter(insight -> insight.getThemeGroup() == null)
                .map(insight -> new MeetingOutcomes.InsightView(insight.getId(), insight.getText()))
                .toList();
        if (!general.isEmpty()) {
            groups.add(new MeetingOutcomes.InsightGroup(null, null, general));
        }
        for (ThemeGroup group : meeting.getThemeGroups()) {
            groups.add(new MeetingOutcomes.InsightGroup(group.getId(), group.getName(), insights.stream()
                    .filter(insight -> group.equals(insight.getThemeGroup()))
                    .map(insight -> new MeetingOutcomes.InsightView(insight.getId(), insight.getText()))
                    .toList()));
        }
        List<MeetingOutcomes.ActionPlanView> plans = meetings.actionPlans(meeting)
                .stream()
                .map(plan -> view(caller, plan, today))
                .toList();
        List<MeetingOutcomes.CollaborationView> collaborations = meetings.collaborations(meeting)
                .stream()
                .map(collaboration -> new MeetingOutcomes.CollaborationView(collaboration.getId(),
                        names(collaboration.getOrganisations()), collaboration.getDescription()))
                .toList();
        return new MeetingOutcomes(meetingId, meeting.getTitle(), meeting.getMinutes(), groups, plans,
                collaborations, caller.actsForEveryone());
    }

    /** Action plans of all meetings past their due date and not finished, the most overdue first. */
    public List<MeetingOutcomes.ActionPlanView> overdue() {
        Caller caller = caller();
        LocalDate today = LocalDate.now(LeidenTime.ZONE);
        return meetings.overdueActionPlans(today)
                .stream()
                .filter(plan -> MeetingService.maySee(caller, plan.getMeeting()))
                .map(plan -> view(caller, plan, today))
                .toList();
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public void writeMinutes(long meetingId, String minutes) {
        if (minutes != null && minutes.strip().length() > Meeting.MINUTES_MAX) {
            throw new InvalidInputException(new FieldError("minutes", "validation.tooLong",
                    Map.of("max", Meeting.MINUTES_MAX)));
        }
        meeting(meetingId).writeMinutes(minutes);
        log("Minutes of meeting {0} written", meetingId);
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public long addInsight(long meetingId, Long groupId, String text) {
        Meeting meeting = meeting(meetingId);
        String trimmed = requiredText("text", text, Insight.TEXT_MAX);
        ThemeGroup group = groupId == null
                ? null
                : meeting.getThemeGroups()
                        .stream()
                        .filter(candidate -> candidate.getId().equals(groupId))
                        .findFirst()
                        .orElseThrow(
                                () -> new InvalidInputException(FieldError.of("groupId", "validation.unknownChoice")));
        Insight insight = meetings.add(new Insight(meeting, group, trimmed, Instant.now()));
        em.flush();
        log("Insight added to meeting {0}", meetingId);
        return insight.getId();
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public void removeInsight(long meetingId, long insightId) {
        Insight insight = em.find(Insight.class, insightId);
        if (insight == null || insight.getMeeting().getId() != meetingId) {
            throw new NotFoundException("error.insight.notFound");
        }
        em.remove(insight);
        log("Insight removed from meeting {0}", meetingId);
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public long addActionPlan(long meetingId, ActionPlanData data) {
        validator.validate(data);
        Meeting meeting = meeting(meetingId);
        ActionPlan plan = new ActionPlan(meeting, data.title(), organisation(data.ownerId(), "ownerId"), Instant.now());
        plan.describe(data.title(), plan.getOwner(), data.people(), data.dueDate());
        plan.changeStatus(data.status() == null ? ActionPlanStatus.OPEN : data.status());
        meetings.add(plan);
        em.flush();
        log("Action plan {1} added to meeting {0}", meetingId, plan.getId());
        return plan.getId();
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public void updateActionPlan(long planId, long expectedVersion, ActionPlanData data) {
        validator.validate(data);
        ActionPlan plan = plan(planId);
        if (plan.getVersion() != expectedVersion) {
            throw new ConflictException("error.actionPlan.changedByOther");
        }
        plan.describe(data.title(), organisation(data.ownerId(), "ownerId"), data.people(), data.dueDate());
        if (data.status() != null) {
            plan.changeStatus(data.status());
        }
        log("Action plan {0} updated", planId);
    }

    /** A follow-up; a partner only on the action plans its own organisation owns. */
    public void followUp(long planId, FollowUpData data) {
        validator.validate(data);
        Caller caller = caller();
        ActionPlan plan = plan(planId);
        if (!mayFollowUp(caller, plan)) {
            throw new NotAllowedException("error.actionPlan.notYourOrganisation");
        }
        meetings.add(new ActionPlanUpdate(plan, data.date(), data.text(), caller.account(), Instant.now()));
        if (data.status() != null) {
            plan.changeStatus(data.status());
        }
        log("Follow-up added to action plan {0}", planId);
    }

    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public long addCollaboration(long meetingId, Set<Long> organisationIds, String description) {
        Meeting meeting = meeting(meetingId);
        String trimmed = requiredText("description", description, Collaboration.DESCRIPTION_MAX);
        List<Organisation> organisations = references.findAll(Organisation.class,
                organisationIds == null ? Set.of() : organisationIds);
        if (organisations.size() < 2 || organisations.size() != organisationIds.size()) {
            throw new InvalidInputException(FieldError.of("organisationIds", "validation.collaboration.twoOrMore"));
        }
        Collaboration collaboration = meetings.add(new Collaboration(meeting, organisations, trimmed, Instant.now()));
        em.flush();
        log("Collaboration added to meeting {0}", meetingId);
        return collaboration.getId();
    }

    /**
     * Turns the action plan into an initiative in the inventory, led by the plan's owner, with the meeting's theme;
     * the plan then points at it. Returns the initiative's id.
     */
    @RolesAllowed({BEHEERDER, MEDEWERKER})
    public long toInitiative(long planId) {
        ActionPlan plan = plan(planId);
        if (plan.getInitiative() != null) {
            throw new ConflictException("error.actionPlan.alreadyInitiative");
        }
        Meeting meeting = plan.getMeeting();
        String description = "Actieplan uit " + meeting.getTitle() + "."
                + (plan.getPeople() == null ? "" : " Betrokkenen: " + plan.getPeople() + ".");
        Set<Long> themes = meeting.getTheme() == null ? Set.of() : Set.of(meeting.getTheme().getId());
        InitiativeData data = new InitiativeData(null, plan.getTitle(), description,
                InitiativeStatus.IN_VOORBEREIDING, null, plan.getDueDate(), themes, Set.of(plan.getOwner().getId()),
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, false);
        InitiativeDetails created = initiatives.create(data);
        plan.becameInitiative(em.getReference(Initiative.class, created.id()));
        if (plan.getStatus() == ActionPlanStatus.OPEN) {
            plan.changeStatus(ActionPlanStatus.LOPEND);
        }
        log("Action plan {0} became initiative {1}", planId, created.id());
        return created.id();
    }

    private MeetingOutcomes.ActionPlanView view(Caller caller, ActionPlan plan, LocalDate today) {
        List<MeetingOutcomes.FollowUpView> followUps = meetings.updates(plan)
                .stream()
                .map(update -> new MeetingOutcomes.FollowUpView(update.getDate(), update.getText(),
                        update.getAuthor() == null ? null : update.getAuthor().getDisplayName()))
                .toList();
        return new MeetingOutcomes.ActionPlanView(plan.getId(), plan.getVersion(), plan.getMeeting().getId(),
                plan.getMeeting().getTitle(), plan.getTitle(), plan.getOwner().getId(), plan.getOwner().getName(),
                plan.getPeople(), plan.getDueDate(), plan.getStatus(), plan.isOverdueOn(today),
                plan.getInitiative() == null ? null : plan.getInitiative().getId(), followUps,
                mayFollowUp(caller, plan));
    }

    private static boolean mayFollowUp(Caller caller, ActionPlan plan) {
        return caller.actsForEveryone() || caller.belongsTo(plan.getOwner());
    }

    private static List<String> names(Set<Organisation> organisations) {
        return organisations.stream()
                .map(Organisation::getName)
                .sorted(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static String requiredText(String field, String text, int max) {
        String trimmed = Texts.trimToNull(text);
        if (trimmed == null) {
            throw new InvalidInputException(FieldError.of(field, "validation.required"));
        }
        if (trimmed.length() > max) {
            throw new InvalidInputException(new FieldError(field, "validation.tooLong", Map.of("max", max)));
        }
        return trimmed;
    }

    private Organisation organisation(Long id, String field) {
        List<Organisation> found = references.findAll(Organisation.class, id == null ? Set.of() : Set.of(id));
        if (found.isEmpty()) {
            throw new InvalidInputException(FieldError.of(field, "validation.unknownChoice"));
        }
        return found.get(0);
    }

    private Meeting meeting(long id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private Meeting visible(Caller caller, long id) {
        return meetings.find(id)
                .filter(meeting -> MeetingService.maySee(caller, meeting))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private ActionPlan plan(long id) {
        return meetings.findActionPlan(id)
                .filter(plan -> plan.getMeeting().getStatus() != MeetingStatus.CONCEPT || caller().actsForEveryone())
                .orElseThrow(() -> new NotFoundException("error.actionPlan.notFound"));
    }

    private void log(String message, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        all[arguments.length] = caller().account().getId();
        LOG.log(Level.INFO, message + " by account {" + arguments.length + "}", all);
    }

    private Caller caller() {
        return callers.of(session.getCallerPrincipal());
    }
}
