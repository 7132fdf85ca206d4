package nl.leiden.healthysociety.service.exchange;

import java.io.Serializable;
import java.util.List;

/**
 * What an import would do, before anything is written.
 *
 * @param rows every data row with its action and problems
 * @param columns the columns recognised, by their name in the file
 * @param unknownOrganisations organisation names in the file that match no organisation and have no decision yet
 */
public record ImportPreview(List<ImportRow> rows, List<String> columns, List<String> unknownOrganisations)
        implements
            Serializable {

    public long count(ImportRow.Action action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }
}
