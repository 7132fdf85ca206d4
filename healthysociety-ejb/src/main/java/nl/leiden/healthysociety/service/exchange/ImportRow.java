package nl.leiden.healthysociety.service.exchange;

import java.io.Serializable;
import java.util.List;

/**
 * One data row of an import file and what the import will do with it.
 *
 * @param line the row's number in the spreadsheet (the header is row 1)
 * @param number the initiative number, if given
 * @param title the title, if given
 * @param action create, update the initiative with this number (or title), or skip the row
 * @param existingId the initiative an update changes
 * @param problems what is wrong; a blocking problem means skip
 */
public record ImportRow(int line, String number, String title, Action action, Long existingId,
        List<ImportProblem> problems) implements Serializable {

    /** What happens to a row when the import is confirmed. */
    public enum Action {
        CREATE, UPDATE, SKIP
    }

    public ImportRow {
        problems = List.copyOf(problems);
    }
}
