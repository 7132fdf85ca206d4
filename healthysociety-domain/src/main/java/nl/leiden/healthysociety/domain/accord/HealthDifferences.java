package nl.leiden.healthysociety.domain.accord;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gap between the best and the worst area for one indicator, per period, and whether it shrinks. Areas are
 * compared at one level (all districts, or all neighbourhoods), so a district is never compared with the city.
 */
public final class HealthDifferences {

    /** Whether the gap in the latest period is smaller than in the first one with at least two areas. */
    public enum Trend {
        KLEINER, GROTER, GELIJK, ONBEKEND
    }

    /** One area's value in one period. */
    public record Value(int period, long areaId, String areaName, double value) implements Serializable {
    }

    /** The gap in one period: best and worst area (by the indicator's direction) and the distance between them. */
    public record Gap(int period, Value best, Value worst, double gap, int areas) implements Serializable {
    }

    /** The gaps per period, oldest first, and the trend from the first to the latest. */
    public record Result(List<Gap> gaps, Trend trend) implements Serializable {

        public Gap latest() {
            return gaps.isEmpty() ? null : gaps.get(gaps.size() - 1);
        }
    }

    private HealthDifferences() {
    }

    /** Periods with fewer than two areas have no gap and are left out. */
    public static Result of(Direction direction, Collection<Value> values) {
        Map<Integer, List<Value>> byPeriod = new TreeMap<>();
        for (Value value : values) {
            byPeriod.computeIfAbsent(value.period(), p -> new ArrayList<>()).add(value);
        }
        List<Gap> gaps = new ArrayList<>();
        for (Map.Entry<Integer, List<Value>> period : byPeriod.entrySet()) {
            List<Value> inPeriod = period.getValue();
            if (inPeriod.size() < 2) {
                continue;
            }
            Value best = inPeriod.get(0);
            Value worst = inPeriod.get(0);
            for (Value value : inPeriod) {
                if (direction.better(value.value(), best.value())) {
                    best = value;
                }
                if (direction.better(worst.value(), value.value())) {
                    worst = value;
                }
            }
            gaps.add(new Gap(period.getKey(), best, worst, Math.abs(best.value() - worst.value()), inPeriod.size()));
        }
        return new Result(List.copyOf(gaps), trend(gaps));
    }

    private static Trend trend(List<Gap> gaps) {
        if (gaps.size() < 2) {
            return Trend.ONBEKEND;
        }
        double first = gaps.get(0).gap();
        double latest = gaps.get(gaps.size() - 1).gap();
        if (Math.abs(first - latest) < 1e-9) {
            return Trend.GELIJK;
        }
        return latest < first ? Trend.KLEINER : Trend.GROTER;
    }
}
