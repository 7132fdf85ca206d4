package nl.leiden.healthysociety.domain.accord;

import static nl.leiden.healthysociety.domain.accord.IndicatorStatus.ACHTER;
import static nl.leiden.healthysociety.domain.accord.IndicatorStatus.GEEN_DATA;
import static nl.leiden.healthysociety.domain.accord.IndicatorStatus.OP_KOERS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CourseRuleTest {

    // Smoking youth: 20 % in 2020, target 10 % in 2030; the line gives 15 % in 2025.
    private final CourseRule lowerIsBetter = new CourseRule(Direction.LOWER_IS_BETTER, 2020, 20.0, 2030, 10.0);
    // Healthy weight: 50 % in 2020, target 60 % in 2030; the line gives 55 % in 2025.
    private final CourseRule higherIsBetter = new CourseRule(Direction.HIGHER_IS_BETTER, 2020, 50.0, 2030, 60.0);

    @Test
    void theLineRunsStraightFromBaselineToTarget() {
        assertEquals(15.0, lowerIsBetter.expectedIn(2025), 1e-9);
        assertEquals(17.0, lowerIsBetter.expectedIn(2023), 1e-9);
        assertEquals(20.0, lowerIsBetter.expectedIn(2018), 1e-9, "before the baseline the baseline is the bar");
        assertEquals(10.0, lowerIsBetter.expectedIn(2034), 1e-9, "after the target year the target is the bar");
    }

    @Test
    void lowerIsBetterIsOnCourseAtOrBelowTheLine() {
        assertEquals(OP_KOERS, lowerIsBetter.status(2025, 14.0));
        assertEquals(OP_KOERS, lowerIsBetter.status(2025, 15.0));
        assertEquals(ACHTER, lowerIsBetter.status(2025, 15.1));
        assertEquals(ACHTER, lowerIsBetter.status(2032, 11.0), "past the target year, above the target");
    }

    @Test
    void higherIsBetterIsOnCourseAtOrAboveTheLine() {
        assertEquals(OP_KOERS, higherIsBetter.status(2025, 56.0));
        assertEquals(OP_KOERS, higherIsBetter.status(2025, 55.0));
        assertEquals(ACHTER, higherIsBetter.status(2025, 54.9));
        // The same value that is behind for "higher is better" is on course the other way round.
        assertEquals(OP_KOERS, new CourseRule(Direction.LOWER_IS_BETTER, 2020, 60.0, 2030, 50.0).status(2025, 54.9));
    }

    @Test
    void missingMeasurementBaselineOrTargetGivesNoData() {
        assertEquals(GEEN_DATA, lowerIsBetter.status(null, null));
        assertEquals(GEEN_DATA, new CourseRule(Direction.LOWER_IS_BETTER, null, null, 2030, 10.0).status(2025, 1.0));
        assertEquals(GEEN_DATA, new CourseRule(Direction.LOWER_IS_BETTER, 2020, 20.0, null, null).status(2025, 1.0));
        assertEquals(GEEN_DATA, new CourseRule(null, 2020, 20.0, 2030, 10.0).status(2025, 1.0));
        assertEquals(GEEN_DATA, new CourseRule(Direction.LOWER_IS_BETTER, 2030, 20.0, 2020, 10.0).status(2025, 1.0),
                "a target before its baseline draws no line");
    }
}
