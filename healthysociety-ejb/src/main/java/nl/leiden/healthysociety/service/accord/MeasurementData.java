package nl.leiden.healthysociety.service.accord;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.accord.Measurement;

/** One value of an indicator for a period (year) and an area, entered in a form, through the API or imported. */
public record MeasurementData(
        @NotNull(message = "{validation.required}") Long indicatorId,
        @NotNull(message = "{validation.required}") Integer period,
        @NotNull(message = "{validation.required}") Long areaId,
        @NotNull(message = "{validation.required}") BigDecimal value,
        BigDecimal margin,
        @Size(max = Measurement.SOURCE_MAX, message = "{validation.tooLong}") String source,
        @Size(max = Measurement.NOTE_MAX, message = "{validation.tooLong}") String note) {
}
