package nl.leiden.healthysociety.service.meeting;

import java.time.LocalDate;
import java.util.List;

import nl.leiden.healthysociety.domain.meeting.ActionPlanStatus;

/** What came out of a meeting: minutes, insights per theme group, action plans and new collaborations. */
public record MeetingOutcomes(long meetingId, String meetingTitle, String minutes, List<InsightGroup> insights,
        List<ActionPlanView> actionPlans, List<CollaborationView> collaborations, boolean mayEdit) {

    /** The insights of one theme group, or (name null) of the meeting as a whole. */
    public record InsightGroup(Long groupId, String name, List<InsightView> insights) {
    }

    public record InsightView(long id, String text) {
    }

    /** An action plan with its follow-ups, newest first. */
    public record ActionPlanView(long id, long version, long meetingId, String meetingTitle, String title,
            long ownerId, String owner, String people, LocalDate dueDate, ActionPlanStatus status, boolean overdue,
            Long initiativeId, List<FollowUpView> followUps, boolean mayFollowUp) {
    }

    public record FollowUpView(LocalDate date, String text, String author) {
    }

    public record CollaborationView(long id, List<String> organisations, String description) {
    }
}
