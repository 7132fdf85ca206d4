package nl.leiden.healthysociety.service.accord;

import java.io.Serializable;
import java.util.List;

import nl.leiden.healthysociety.domain.accord.HealthDifferences;

/**
 * Everything the indicator page shows: status, all measurements, the city's values over time, the districts in
 * the latest period with district values, and the health differences between districts and between neighbourhoods.
 */
public record IndicatorDetails(IndicatorProgress progress, String ambitionName, List<MeasurementView> measurements,
        List<MeasurementView> cityOverTime, Integer districtPeriod, List<MeasurementView> districts,
        HealthDifferences.Result districtDifferences, HealthDifferences.Result neighbourhoodDifferences,
        boolean illustrative) implements Serializable {
}
