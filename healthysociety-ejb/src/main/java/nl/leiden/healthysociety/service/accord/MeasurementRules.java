package nl.leiden.healthysociety.service.accord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.leiden.healthysociety.domain.accord.Indicator;
import nl.leiden.healthysociety.domain.accord.IndicatorUnit;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.shared.FieldError;

/**
 * The checks a measurement must pass, the same for the form, the API and an import: a period from 1990 up to this
 * year, an area at a level the indicator is measured at, a percentage between 0 and 100, no negative margin.
 */
final class MeasurementRules {

    static final int FIRST_YEAR = 1990;

    private MeasurementRules() {
    }

    static List<FieldError> check(Indicator indicator, int period, Area area, BigDecimal value, BigDecimal margin,
            int currentYear) {
        List<FieldError> errors = new ArrayList<>();
        if (period < FIRST_YEAR || period > currentYear) {
            errors.add(new FieldError("period", "validation.measurement.period",
                    Map.of("min", FIRST_YEAR, "max", currentYear)));
        }
        if (area != null && !indicator.measuredAt(area.getLevel())) {
            errors.add(FieldError.of("areaId", "validation.measurement.levelNotMeasured"));
        }
        if (value != null && indicator.getUnit() == IndicatorUnit.PERCENTAGE
                && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(FieldError.of("value", "validation.measurement.percentage"));
        }
        if (value != null && value.abs().compareTo(new BigDecimal("999999999")) > 0) {
            errors.add(FieldError.of("value", "validation.measurement.tooLarge"));
        }
        if (margin != null && margin.signum() < 0) {
            errors.add(FieldError.of("margin", "validation.measurement.negativeMargin"));
        }
        return errors;
    }
}
