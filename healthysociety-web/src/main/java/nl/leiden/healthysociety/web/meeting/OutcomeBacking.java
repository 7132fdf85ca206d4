package nl.leiden.healthysociety.web.meeting;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leiden.healthysociety.domain.meeting.ActionPlanStatus;
import nl.leiden.healthysociety.domain.shared.BusinessException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.service.meeting.ActionPlanData;
import nl.leiden.healthysociety.service.meeting.FollowUpData;
import nl.leiden.healthysociety.service.meeting.MeetingOutcomes;
import nl.leiden.healthysociety.service.meeting.OutcomeService;
import nl.leiden.healthysociety.web.i18n.Dates;
import nl.leiden.healthysociety.web.platform.Feedback;
import nl.leiden.healthysociety.web.platform.Responses;

/**
 * What came out of a meeting: the minutes, insights per theme group, action plans with their follow-ups, and new
 * collaborations. Staff add and change them; a partner adds follow-ups to its own organisation's action plans.
 * Every form keeps what was typed when it is refused.
 */
@Named
@ViewScoped
public class OutcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutcomeService service;

    @Inject
    Feedback feedback;

    private Long id;
    private MeetingOutcomes outcomes;
    private String minutes;
    private Long insightGroup;
    private String insightText;
    private String planTitle;
    private Long planOwner;
    private String planPeople;
    private LocalDate planDue;
    private Long followUpPlan;
    private String followUpTitle;
    private LocalDate followUpDate;
    private String followUpText;
    private ActionPlanStatus followUpStatus;
    private Long[] collaborators = {};
    private String collaborationText;

    public void load() throws IOException {
        try {
            refresh();
            minutes = outcomes.minutes();
        } catch (NotFoundException e) {
            Responses.error(404);
        }
    }

    private void refresh() {
        outcomes = service.outcomes(id);
    }

    public void saveMinutes() {
        if (run(() -> service.writeMinutes(id, minutes), Map.of("minutes", "minutesForm:minutes"))) {
            feedback.info("page.outcomes.minutesSaved");
        }
    }

    public void addInsight() {
        if (run(() -> service.addInsight(id, insightGroup, insightText), Map.of("text", "insightForm:insightText",
                "groupId", "insightForm:insightGroup"))) {
            insightText = null;
            feedback.info("page.outcomes.insightAdded");
        }
    }

    public void removeInsight(long insightId) {
        if (run(() -> service.removeInsight(id, insightId), Map.of())) {
            feedback.info("page.outcomes.insightRemoved");
        }
    }

    public void addActionPlan() {
        ActionPlanData data = new ActionPlanData(planTitle, planOwner, planPeople, planDue, ActionPlanStatus.OPEN);
        if (run(() -> service.addActionPlan(id, data), Map.of("title", "planForm:planTitle", "ownerId",
                "planForm:planOwner", "people", "planForm:planPeople"))) {
            planTitle = null;
            planOwner = null;
            planPeople = null;
            planDue = null;
            feedback.info("page.outcomes.planAdded");
        }
    }

    public void startFollowUp(long planId) {
        followUpPlan = planId;
        followUpTitle = outcomes.actionPlans()
                .stream()
                .filter(plan -> plan.id() == planId)
                .map(MeetingOutcomes.ActionPlanView::title)
                .findFirst()
                .orElse("");
        followUpDate = LocalDate.now(Dates.LEIDEN);
        followUpText = null;
        followUpStatus = null;
    }

    public void addFollowUp() {
        FollowUpData data = new FollowUpData(followUpDate, followUpText, followUpStatus);
        if (run(() -> service.followUp(followUpPlan, data), Map.of("date", "plans:followUpDate", "text",
                "plans:followUpText"))) {
            followUpPlan = null;
            feedback.info("page.outcomes.followUpAdded");
        }
    }

    public void closeFollowUp() {
        followUpPlan = null;
    }

    public void toInitiative(long planId) throws IOException {
        try {
            long initiativeId = service.toInitiative(planId);
            feedback.infoAfterRedirect("page.outcomes.initiativeCreated");
            Responses.redirect("/intranet/initiatief.xhtml?id=" + initiativeId);
        } catch (BusinessException e) {
            feedback.show(e, Map.of());
            refresh();
        }
    }

    public void addCollaboration() {
        if (run(() -> service.addCollaboration(id, new HashSet<>(Arrays.asList(collaborators)), collaborationText),
                Map.of("organisationIds", "collaborationForm:collaborators", "description",
                        "collaborationForm:collaborationText"))) {
            collaborators = new Long[0];
            collaborationText = null;
            feedback.info("page.outcomes.collaborationAdded");
        }
    }

    /** Runs a change; on success reloads the outcomes, on refusal shows why next to the fields. */
    private boolean run(Runnable change, Map<String, String> fields) {
        try {
            change.run();
            refresh();
            return true;
        } catch (BusinessException e) {
            feedback.show(e, fields);
            return false;
        }
    }

    public ActionPlanStatus[] getPlanStatuses() {
        return ActionPlanStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingOutcomes getOutcomes() {
        return outcomes;
    }

    /**
     * The meeting's theme groups to file an insight under, without the entry that holds the insights for the meeting
     * as a whole: that choice is the menu's own empty option, and the entry's null id cannot be an item value (Faces
     * then takes the entry itself as the value, which the number converter refuses: the page broke as soon as the
     * meeting had such an insight).
     */
    public List<MeetingOutcomes.InsightGroup> getThemeGroups() {
        return outcomes.insights().stream().filter(group -> group.groupId() != null).toList();
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Long getInsightGroup() {
        return insightGroup;
    }

    public void setInsightGroup(Long insightGroup) {
        this.insightGroup = insightGroup;
    }

    public String getInsightText() {
        return insightText;
    }

    public void setInsightText(String insightText) {
        this.insightText = insightText;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    public void setPlanTitle(String planTitle) {
        this.planTitle = planTitle;
    }

    public Long getPlanOwner() {
        return planOwner;
    }

    public void setPlanOwner(Long planOwner) {
        this.planOwner = planOwner;
    }

    public String getPlanPeople() {
        return planPeople;
    }

    public void setPlanPeople(String planPeople) {
        this.planPeople = planPeople;
    }

    public LocalDate getPlanDue() {
        return planDue;
    }

    public void setPlanDue(LocalDate planDue) {
        this.planDue = planDue;
    }

    public Long getFollowUpPlan() {
        return followUpPlan;
    }

    public String getFollowUpTitle() {
        return followUpTitle;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(LocalDate followUpDate) {
        this.followUpDate = followUpDate;
    }

    public String getFollowUpText() {
        return followUpText;
    }

    public void setFollowUpText(String followUpText) {
        this.followUpText = followUpText;
    }

    public ActionPlanStatus getFollowUpStatus() {
        return followUpStatus;
    }

    public void setFollowUpStatus(ActionPlanStatus followUpStatus) {
        this.followUpStatus = followUpStatus;
    }

    public Long[] getCollaborators() {
        return collaborators;
    }

    public void setCollaborators(Long[] collaborators) {
        this.collaborators = collaborators == null ? new Long[0] : collaborators;
    }

    public String getCollaborationText() {
        return collaborationText;
    }

    public void setCollaborationText(String collaborationText) {
        this.collaborationText = collaborationText;
    }
}
