package nl.leiden.healthysociety.service.accord;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.Texts;

/** The columns of a measurement spreadsheet, found by their header names (Dutch or English, any case). */
final class MeasurementSheet {

    enum Column {
        INDICATOR("indicator"), PERIOD("jaar", "periode", "year", "period"), AREA("gebied", "wijk", "area"), VALUE(
                "waarde", "value"), MARGIN("marge", "margin"), SOURCE("bron", "source"), NOTE("toelichting",
                        "opmerking", "note");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    private static final List<Column> REQUIRED = List.of(Column.INDICATOR, Column.PERIOD, Column.AREA, Column.VALUE);

    private final Map<Column, Integer> positions;

    private MeasurementSheet(Map<Column, Integer> positions) {
        this.positions = positions;
    }

    static MeasurementSheet of(List<String> header) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String name = Texts.searchKey(header.get(i));
            for (Column column : Column.values()) {
                if (column.names.contains(name)) {
                    positions.putIfAbsent(column, i);
                }
            }
        }
        if (!positions.keySet().containsAll(REQUIRED)) {
            throw new InvalidInputException(FieldError.of("file", "import.file.measurementColumns"));
        }
        return new MeasurementSheet(positions);
    }

    String text(List<String> row, Column column) {
        Integer position = positions.get(column);
        return position == null || position >= row.size() ? null : Texts.trimToNull(row.get(position));
    }
}
