package nl.leiden.healthysociety.web.accord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars comparing areas on one indicator in one period, best first, with the city's value as a reference
 * line when there is one. Laid out for SVG drawn on the server.
 */
public record BarChart(List<Bar> bars, Double cityX, String cityLabel, int height) {

    public static final int WIDTH = 640;
    static final int LABEL_WIDTH = 190;
    static final int RIGHT = 70;
    static final int BAR_HEIGHT = 22;
    static final int GAP = 8;
    static final int TOP = 8;

    /** One area's bar. */
    public record Bar(String name, double value, String label, double width, double y, boolean best, boolean worst) {
    }

    /** The values by area name; {@code lowerIsBetter} puts the lowest first. */
    public static BarChart of(List<String> names, List<Double> values, Double city, boolean lowerIsBetter,
            Locale locale) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> lowerIsBetter
                ? Double.compare(values.get(a), values.get(b))
                : Double.compare(values.get(b), values.get(a)));
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (city != null) {
            max = Math.max(max, city);
        }
        max = max <= 0 ? 1 : max;
        double scale = (WIDTH - LABEL_WIDTH - RIGHT) / max;
        List<Bar> bars = new ArrayList<>();
        for (int position = 0; position < order.size(); position++) {
            int i = order.get(position);
            bars.add(new Bar(names.get(i), values.get(i), Numbers.format(values.get(i), locale),
                    Math.max(1, values.get(i) * scale), TOP + position * (BAR_HEIGHT + GAP), position == 0,
                    position == order.size() - 1 && order.size() > 1));
        }
        int height = TOP * 2 + order.size() * (BAR_HEIGHT + GAP);
        return new BarChart(bars, city == null ? null : LABEL_WIDTH + city * scale,
                city == null ? null : Numbers.format(city, locale), height);
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getLabelWidth() {
        return LABEL_WIDTH;
    }

    public int getBarHeight() {
        return BAR_HEIGHT;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
