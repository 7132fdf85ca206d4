package nl.leiden.healthysociety.service.accord;

import java.io.Serializable;
import java.util.List;

/** What a measurement import would do, before anything is written. */
public record MeasurementImportPreview(List<MeasurementImportRow> rows) implements Serializable {

    public long count(MeasurementImportRow.Action action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }
}
