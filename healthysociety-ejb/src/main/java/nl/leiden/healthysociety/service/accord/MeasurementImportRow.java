package nl.leiden.healthysociety.service.accord;

import java.io.Serializable;
import java.util.List;

import nl.leiden.healthysociety.service.exchange.ImportProblem;

/**
 * One data row of a measurement import and what confirming will do with it.
 *
 * @param line the row's number in the spreadsheet (the header is row 1)
 * @param action create a measurement, replace the existing one for that period and area, or skip the row
 * @param problems what is wrong; a blocking problem means skip
 */
public record MeasurementImportRow(int line, String indicator, String period, String area, String value,
        Action action, List<ImportProblem> problems) implements Serializable {

    /** What happens to a row when the import is confirmed. */
    public enum Action {
        CREATE, REPLACE, SKIP
    }

    public MeasurementImportRow {
        problems = List.copyOf(problems);
    }
}
