package nl.leiden.healthysociety.web.accord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart of values over the years, with the line from baseline to target, laid out for drawing as SVG on the
 * server (the intranet loads no chart scripts from the internet). Coordinates are in the SVG's own units.
 */
public record LineChart(List<Point> points, Point baseline, Point target, List<Tick> xTicks, List<Tick> yTicks,
        String path) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 300;
    static final int LEFT = 56;
    static final int RIGHT = 24;
    static final int TOP = 28;
    static final int BOTTOM = 40;

    /** A value in a year, and where it is drawn. */
    public record Point(int year, double value, double x, double y, String label) {
    }

    /** A gridline with its label. */
    public record Tick(double position, String label) {
    }

    /** Lays out the measured values; {@code baselineYear}/{@code targetYear} may be null. */
    public static LineChart of(List<Integer> years, List<Double> values, Integer baselineYear, Double baselineValue,
            Integer targetYear, Double targetValue, Locale locale) {
        List<Integer> allYears = new ArrayList<>(years);
        List<Double> allValues = new ArrayList<>(values);
        boolean aim = baselineYear != null && baselineValue != null && targetYear != null && targetValue != null;
        if (aim) {
            allYears.add(baselineYear);
            allYears.add(targetYear);
            allValues.add(baselineValue);
            allValues.add(targetValue);
        }
        if (allYears.isEmpty()) {
            return new LineChart(List.of(), null, null, List.of(), List.of(), "");
        }
        int minYear = allYears.stream().min(Integer::compare).orElseThrow();
        int maxYear = Math.max(minYear + 1, allYears.stream().max(Integer::compare).orElseThrow());
        double[] scale = niceScale(allValues.stream().min(Double::compare).orElseThrow(),
                allValues.stream().max(Double::compare).orElseThrow());
        Scales scales = new Scales(minYear, maxYear, scale[0], scale[1]);
        List<Point> points = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            Point point = scales.point(years.get(i), values.get(i), locale);
            path.append(i == 0 ? "M" : " L").append(format(point.x())).append(' ').append(format(point.y()));
            points.add(point);
        }
        List<Tick> xTicks = new ArrayList<>();
        int step = Math.max(1, (int) Math.ceil((maxYear - minYear) / 8.0));
        for (int year = minYear; year <= maxYear; year += step) {
            xTicks.add(new Tick(scales.x(year), Integer.toString(year)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (double value = scale[0]; value <= scale[1] + scale[2] / 2; value += scale[2]) {
            yTicks.add(new Tick(scales.y(value), Numbers.format(value, locale)));
        }
        return new LineChart(points, aim ? scales.point(baselineYear, baselineValue, locale) : null,
                aim ? scales.point(targetYear, targetValue, locale) : null, xTicks, yTicks, path.toString());
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getLeft() {
        return LEFT;
    }

    public int getRight() {
        return WIDTH - RIGHT;
    }

    public int getTop() {
        return TOP;
    }

    public int getBottom() {
        return HEIGHT - BOTTOM;
    }

    /** Nothing measured and no line to the target ("empty" is a reserved word in EL). */
    public boolean isNothingToDraw() {
        return points.isEmpty() && baseline == null;
    }

    private record Scales(int minYear, int maxYear, double minValue, double maxValue) {

        double x(int year) {
            return LEFT + (double) (year - minYear) / (maxYear - minYear) * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return HEIGHT - BOTTOM - (value - minValue) / (maxValue - minValue) * (HEIGHT - TOP - BOTTOM);
        }

        Point point(int year, double value, Locale locale) {
            return new Point(year, value, x(year), y(value), Numbers.format(value, locale));
        }
    }

    /** Round lower and upper bounds and a step of 1, 2 or 5 times a power of ten, about five gridlines. */
    static double[] niceScale(double min, double max) {
        // Start at zero unless that would squash the values into the top half.
        double low = min >= 0 && min <= max / 2 ? 0 : min;
        double high = max;
        if (high - low < 1e-9) {
            high = low + 1;
        }
        double rough = (high - low) / 5;
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = rough / power <= 1
                ? power
                : rough / power <= 2
                        ? 2 * power
                        : rough / power <= 5
                                ? 5 * power
                                : 10 * power;
        return new double[]{Math.floor(low / step) * step, Math.ceil(high / step) * step, step};
    }

    private static String format(double coordinate) {
        return String.format(Locale.ROOT, "%.1f", coordinate);
    }
}
