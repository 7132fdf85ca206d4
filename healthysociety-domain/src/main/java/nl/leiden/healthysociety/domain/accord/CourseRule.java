package nl.leiden.healthysociety.domain.accord;

/**
 * The rule behind an indicator's status. Draw a straight line from the baseline (year, value) to the target (year,
 * value). The latest measurement is on course ({@link IndicatorStatus#OP_KOERS}) when it is at least as good as
 * that line in its year, in the indicator's direction; otherwise it is behind ({@link IndicatorStatus#ACHTER}).
 * After the target year the target itself is the bar. Without a baseline, a target or a measurement the status is
 * {@link IndicatorStatus#GEEN_DATA}.
 */
public record CourseRule(Direction direction, Integer baselineYear, Double baselineValue, Integer targetYear,
        Double targetValue) {

    /** Whether the rule can be applied at all: direction, baseline and target complete, target after baseline. */
    public boolean complete() {
        return direction != null && baselineYear != null && baselineValue != null && targetYear != null
                && targetValue != null && targetYear > baselineYear;
    }

    /** The value the line from baseline to target gives for a year; the target after the target year. */
    public double expectedIn(int year) {
        if (year >= targetYear) {
            return targetValue;
        }
        if (year <= baselineYear) {
            return baselineValue;
        }
        double share = (double) (year - baselineYear) / (targetYear - baselineYear);
        return baselineValue + share * (targetValue - baselineValue);
    }

    /** The status of the latest measurement ({@code year}, {@code value}); either may be null when there is none. */
    public IndicatorStatus status(Integer year, Double value) {
        if (!complete() || year == null || value == null) {
            return IndicatorStatus.GEEN_DATA;
        }
        double expected = expectedIn(year);
        // Rounding noise must not turn "exactly on the line" into "behind".
        boolean onCourse = Math.abs(value - expected) < 1e-9 || direction.better(value, expected);
        return onCourse ? IndicatorStatus.OP_KOERS : IndicatorStatus.ACHTER;
    }
}
