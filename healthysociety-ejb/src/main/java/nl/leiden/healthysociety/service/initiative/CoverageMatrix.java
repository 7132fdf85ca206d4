package nl.leiden.healthysociety.service.initiative;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import nl.leiden.healthysociety.service.reference.Named;
import nl.leiden.healthysociety.service.reference.ReferenceLists.AreaChoice;

/**
 * How many current initiatives there are per theme (or ambition) and area. A missing entry is an empty cell: no one
 * works on that theme in that area.
 */
public record CoverageMatrix(List<Named> rows, List<AreaChoice> areas, Map<Long, Map<Long, Long>> counts)
        implements
            Serializable {

    public long count(long rowId, long areaId) {
        return counts.getOrDefault(rowId, Map.of()).getOrDefault(areaId, 0L);
    }

    /** How many cells have no initiative at all. */
    public long emptyCells() {
        return rows.stream()
                .mapToLong(row -> areas.stream().filter(area -> count(row.id(), area.id()) == 0).count())
                .sum();
    }
}
