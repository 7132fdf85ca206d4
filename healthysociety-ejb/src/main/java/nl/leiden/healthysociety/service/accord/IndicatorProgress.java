package nl.leiden.healthysociety.service.accord;

import java.io.Serializable;

import nl.leiden.healthysociety.domain.accord.IndicatorStatus;

/**
 * An indicator with its status: the latest city-wide value, the value the line from baseline to target gives for
 * that year, and whether that value is illustrative (demo data).
 */
public record IndicatorProgress(IndicatorView indicator, IndicatorStatus status, Integer latestPeriod,
        Double latestValue, Double expectedValue, boolean illustrative) implements Serializable {
}
