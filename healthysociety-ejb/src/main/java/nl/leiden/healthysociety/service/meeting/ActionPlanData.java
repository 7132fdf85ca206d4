package nl.leiden.healthysociety.service.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.meeting.ActionPlan;
import nl.leiden.healthysociety.domain.meeting.ActionPlanStatus;

/** What is filled in for an action plan. */
public record ActionPlanData(
        @NotBlank(message = "{validation.required}") @Size(max = ActionPlan.TITLE_MAX, message = "{validation.tooLong}") String title,
        @NotNull(message = "{validation.required}") Long ownerId,
        @Size(max = ActionPlan.PEOPLE_MAX, message = "{validation.tooLong}") String people,
        LocalDate dueDate,
        ActionPlanStatus status) {
}
