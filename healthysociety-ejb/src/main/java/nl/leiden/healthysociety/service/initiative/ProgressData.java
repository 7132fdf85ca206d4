package nl.leiden.healthysociety.service.initiative;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.initiative.ProgressUpdate;

/** A progress update as written: its date, text and, optionally, the initiative's new status. */
public record ProgressData(@NotNull(message = "{validation.required}") LocalDate date,
        @NotBlank(message = "{validation.required}") @Size(max = ProgressUpdate.TEXT_MAX, message = "{validation.tooLong}") String text,
        InitiativeStatus statusChange) {
}
