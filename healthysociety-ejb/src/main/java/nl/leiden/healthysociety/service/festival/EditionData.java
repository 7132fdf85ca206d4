package nl.leiden.healthysociety.service.festival;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.festival.Edition;

/** A festival edition as filled in: year, theme, days, and when the call for proposals is open (Leiden time). */
public record EditionData(
        @NotNull(message = "{validation.required}") @Min(value = 2000, message = "{validation.festival.year}") @Max(value = 2100, message = "{validation.festival.year}") Integer year,
        @NotBlank(message = "{validation.required}") @Size(max = Edition.THEME_MAX, message = "{validation.tooLong}") String theme,
        @NotNull(message = "{validation.required}") LocalDate firstDay,
        @NotNull(message = "{validation.required}") LocalDate lastDay,
        @NotNull(message = "{validation.required}") LocalDateTime callOpensAt,
        @NotNull(message = "{validation.required}") LocalDateTime callClosesAt) {
}
