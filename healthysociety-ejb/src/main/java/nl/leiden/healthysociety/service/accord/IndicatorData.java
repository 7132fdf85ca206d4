package nl.leiden.healthysociety.service.accord;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.leiden.healthysociety.domain.accord.Direction;
import nl.leiden.healthysociety.domain.accord.Indicator;
import nl.leiden.healthysociety.domain.accord.IndicatorUnit;
import nl.leiden.healthysociety.domain.reference.AreaLevel;

/** What is filled in for an indicator. Baseline and target are optional, but each needs both year and value. */
public record IndicatorData(
        @NotNull(message = "{validation.required}") Long ambitionId,
        @NotBlank(message = "{validation.required}") @Size(max = Indicator.NAME_MAX, message = "{validation.tooLong}") String name,
        @Size(max = Indicator.DEFINITION_MAX, message = "{validation.tooLong}") String definition,
        @NotNull(message = "{validation.required}") IndicatorUnit unit,
        @NotNull(message = "{validation.required}") Direction direction,
        @Min(value = 1990, message = "{validation.year}") @Max(value = 2100, message = "{validation.year}") Integer baselineYear,
        BigDecimal baselineValue,
        @Min(value = 1990, message = "{validation.year}") @Max(value = 2100, message = "{validation.year}") Integer targetYear,
        BigDecimal targetValue,
        @Size(max = Indicator.SOURCE_MAX, message = "{validation.tooLong}") String source,
        @Size(max = Indicator.AGE_GROUP_MAX, message = "{validation.tooLong}") String ageGroup,
        @NotEmpty(message = "{validation.indicator.areaLevelRequired}") Set<AreaLevel> areaLevels) {

    public IndicatorData {
        areaLevels = areaLevels == null ? Set.of() : Set.copyOf(areaLevels);
    }
}
