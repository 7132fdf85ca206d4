package nl.leiden.healthysociety.domain.accord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.domain.accord.HealthDifferences.Trend;
import nl.leiden.healthysociety.domain.accord.HealthDifferences.Value;

/** A small data set checked by hand: three districts, three periods. */
class HealthDifferencesTest {

    private static final List<Value> SMOKING = List.of(
            // 2019: Noord 30, Mors 22, Stevenshof 12 -> best Stevenshof, worst Noord, gap 18
            new Value(2019, 1, "Leiden-Noord", 30), new Value(2019, 2, "Morsdistrict", 22),
            new Value(2019, 3, "Stevenshofdistrict", 12),
            // 2021: Noord 26, Mors 20, Stevenshof 13 -> gap 13
            new Value(2021, 1, "Leiden-Noord", 26), new Value(2021, 2, "Morsdistrict", 20),
            new Value(2021, 3, "Stevenshofdistrict", 13),
            // 2023: Noord 21, Mors 24, Stevenshof 14 -> worst is now Mors, gap 10
            new Value(2023, 1, "Leiden-Noord", 21), new Value(2023, 2, "Morsdistrict", 24),
            new Value(2023, 3, "Stevenshofdistrict", 14));

    @Test
    void gapIsBetweenBestAndWorstAreaPerPeriodAndShrinks() {
        HealthDifferences.Result result = HealthDifferences.of(Direction.LOWER_IS_BETTER, SMOKING);

        assertEquals(List.of(2019, 2021, 2023), result.gaps().stream().map(HealthDifferences.Gap::period).toList());
        assertEquals(List.of(18.0, 13.0, 10.0), result.gaps().stream().map(HealthDifferences.Gap::gap).toList());
        assertEquals("Stevenshofdistrict", result.latest().best().areaName());
        assertEquals("Morsdistrict", result.latest().worst().areaName());
        assertEquals(Trend.KLEINER, result.trend());
    }

    @Test
    void higherIsBetterSwapsBestAndWorstAndAGrowingGapShowsAsSuch() {
        List<Value> sport = List.of(new Value(2019, 1, "A", 40), new Value(2019, 2, "B", 50),
                new Value(2023, 1, "A", 35), new Value(2023, 2, "B", 55));

        HealthDifferences.Result result = HealthDifferences.of(Direction.HIGHER_IS_BETTER, sport);

        assertEquals("B", result.latest().best().areaName());
        assertEquals("A", result.latest().worst().areaName());
        assertEquals(20.0, result.latest().gap(), 1e-9);
        assertEquals(Trend.GROTER, result.trend());
    }

    @Test
    void periodsWithOneAreaHaveNoGapAndOnePeriodHasNoTrend() {
        List<Value> values = List.of(new Value(2019, 1, "A", 40), new Value(2023, 1, "A", 35),
                new Value(2023, 2, "B", 55));

        HealthDifferences.Result result = HealthDifferences.of(Direction.HIGHER_IS_BETTER, values);

        assertEquals(1, result.gaps().size());
        assertEquals(Trend.ONBEKEND, result.trend());
        assertNull(HealthDifferences.of(Direction.HIGHER_IS_BETTER, List.of()).latest());
    }
}
