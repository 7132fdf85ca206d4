package nl.leiden.healthysociety.web.accord;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ChartsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Test
    void lineChartRunsLeftToRightAndHigherValuesAreHigherUp() {
        LineChart chart = LineChart.of(List.of(2019, 2021, 2023), List.of(20.0, 18.0, 15.5), 2020, 20.0, 2030, 10.0,
                DUTCH);

        assertEquals(3, chart.points().size());
        assertTrue(chart.points().get(0).x() < chart.points().get(2).x());
        assertTrue(chart.points().get(0).y() < chart.points().get(2).y(), "20 is drawn above 15.5");
        assertEquals("15,5", chart.points().get(2).label());
        assertTrue(chart.target().x() > chart.points().get(2).x(), "the target year 2030 lies right of 2023");
        assertTrue(chart.path().startsWith("M"));
    }

    @Test
    void lineChartWithoutAnythingIsEmpty() {
        LineChart chart = LineChart.of(List.of(), List.of(), null, null, null, null, DUTCH);
        assertTrue(chart.isNothingToDraw());
        assertNull(chart.baseline());
    }

    @Test
    void scaleUsesRoundStepsAndStartsAtZeroWhenValuesAreNotSquashed() {
        assertArrayEquals(new double[]{0, 30, 10}, LineChart.niceScale(10, 30), 1e-9);
        assertArrayEquals(new double[]{70, 85, 5}, LineChart.niceScale(71, 81.5), 1e-9);
    }

    @Test
    void barsPutTheBestAreaFirstInTheIndicatorsDirection() {
        BarChart lowerIsBetter = BarChart.of(List.of("Noord", "Mors", "Stevenshof"), List.of(30.0, 22.0, 12.0), 20.0,
                true, DUTCH);
        assertEquals(List.of("Stevenshof", "Mors", "Noord"),
                lowerIsBetter.bars().stream().map(BarChart.Bar::name).toList());
        assertTrue(lowerIsBetter.bars().get(0).best());
        assertTrue(lowerIsBetter.bars().get(2).worst());
        assertFalse(lowerIsBetter.isEmpty());

        BarChart higherIsBetter = BarChart.of(List.of("Noord", "Mors"), List.of(30.0, 22.0), null, false, DUTCH);
        assertEquals("Noord", higherIsBetter.bars().get(0).name());
        assertNull(higherIsBetter.cityX());
    }
}
