package nl.leiden.healthysociety.service.accord;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import nl.leiden.healthysociety.domain.accord.Direction;
import nl.leiden.healthysociety.domain.accord.Indicator;
import nl.leiden.healthysociety.domain.accord.IndicatorUnit;
import nl.leiden.healthysociety.domain.reference.AreaLevel;

/** An indicator's description, baseline and target. */
public record IndicatorView(long id, long ambitionId, String name, String definition, IndicatorUnit unit,
        Direction direction, Integer baselineYear, BigDecimal baselineValue, Integer targetYear,
        BigDecimal targetValue, String source, String ageGroup, List<AreaLevel> areaLevels, long version)
        implements
            Serializable {

    static IndicatorView of(Indicator indicator) {
        return new IndicatorView(indicator.getId(), indicator.getAmbition().getId(), indicator.getName(),
                indicator.getDefinition(), indicator.getUnit(), indicator.getDirection(), indicator.getBaselineYear(),
                indicator.getBaselineValue(), indicator.getTargetYear(), indicator.getTargetValue(),
                indicator.getSource(), indicator.getAgeGroup(),
                indicator.getAreaLevels().stream().sorted().toList(), indicator.getVersion());
    }
}
