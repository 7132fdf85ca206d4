package nl.leiden.healthysociety.service.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.meeting.ActionPlanStatus;
import nl.leiden.healthysociety.domain.meeting.ActionPlanUpdate;

/** A dated follow-up on an action plan, possibly moving it to another status. */
public record FollowUpData(
        @NotNull(message = "{validation.required}") LocalDate date,
        @NotBlank(message = "{validation.required}") @Size(max = ActionPlanUpdate.TEXT_MAX, message = "{validation.tooLong}") String text,
        ActionPlanStatus status) {
}
