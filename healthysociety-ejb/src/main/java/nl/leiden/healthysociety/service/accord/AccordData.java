package nl.leiden.healthysociety.service.accord;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.accord.PreventionAccord;

/**
 * What is filled in for a new accord: name, period, and optionally the accord it follows on from and which of
 * that accord's ambitions it carries over.
 */
public record AccordData(
        @NotBlank(message = "{validation.required}") @Size(max = PreventionAccord.NAME_MAX, message = "{validation.tooLong}") String name,
        @NotNull(message = "{validation.required}") @Min(value = 2000, message = "{validation.year}") @Max(value = 2100, message = "{validation.year}") Integer startYear,
        @NotNull(message = "{validation.required}") @Min(value = 2000, message = "{validation.year}") @Max(value = 2100, message = "{validation.year}") Integer endYear,
        Long predecessorId,
        List<Long> carriedAmbitionIds) {

    public AccordData {
        carriedAmbitionIds = carriedAmbitionIds == null ? List.of() : List.copyOf(carriedAmbitionIds);
    }
}
