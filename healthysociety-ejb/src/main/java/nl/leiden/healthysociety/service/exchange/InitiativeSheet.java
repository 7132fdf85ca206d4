package nl.leiden.healthysociety.service.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.Texts;

/**
 * The columns of an initiative spreadsheet, found by their header names in Dutch or English, ignoring case and
 * accents, and the way cell texts are read (lists, statuses, dates).
 */
public final class InitiativeSheet {

    /** The columns an import understands. */
    public enum Column {
        NUMBER("nummer", "nr", "nr.", "number", "no"), TITLE("titel", "title", "project", "naam", "initiatief"), THEME(
                "thema", "themas", "thema's", "theme", "themes"), DESCRIPTION("beschrijving", "omschrijving", "doel",
                        "beschrijving doel", "description", "goal"), LEAD("trekker", "trekkers", "trekker(s)", "lead",
                                "leads"), PARTNERS("partners", "partner", "partner(s)", "overige partners"), AREA(
                                        "gebied", "gebieden", "wijk", "wijken", "area",
                                        "areas"), STATUS("status"), START("startdatum", "start", "begindatum",
                                                "start date"), END("einddatum", "eind", "end", "end date");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    /** Strict: 31-02-2026 is an error, not 28 February. */
    private static final List<DateTimeFormatter> DATES = List.of("d-M-uuuu", "d/M/uuuu", "uuuu-M-d", "d.M.uuuu")
            .stream()
            .map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    private final Map<Column, Integer> positions;
    private final List<String> header;

    private InitiativeSheet(Map<Column, Integer> positions, List<String> header) {
        this.positions = positions;
        this.header = header;
    }

    /** Recognises the columns of a header row; a sheet without a title column cannot be imported. */
    public static InitiativeSheet of(List<String> header) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String name = Texts.searchKey(header.get(i));
            for (Column column : Column.values()) {
                if (column.names.contains(name)) {
                    positions.putIfAbsent(column, i);
                }
            }
        }
        if (!positions.containsKey(Column.TITLE)) {
            throw new InvalidInputException(FieldError.of("file", "import.file.noTitleColumn"));
        }
        return new InitiativeSheet(positions, header);
    }

    public boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** The recognised columns by their name in the file, in file order. */
    public List<String> recognised() {
        return positions.values().stream().sorted().map(header::get).toList();
    }

    /** The trimmed text of a cell, or null when empty or the column is absent. */
    public String text(List<String> row, Column column) {
        Integer position = positions.get(column);
        return position == null || position >= row.size() ? null : Texts.trimToNull(row.get(position));
    }

    /** The names in a list cell: separated by commas, semicolons, vertical bars or line breaks. */
    public List<String> list(List<String> row, Column column) {
        String text = text(row, column);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;|\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** A status by its Dutch screen name ("in voorbereiding") or its code; empty when unknown. */
    public static Optional<InitiativeStatus> status(String text) {
        String key = Texts.searchKey(text).replace('_', ' ');
        for (InitiativeStatus status : InitiativeStatus.values()) {
            if (status.name().toLowerCase().replace('_', ' ').equals(key)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** A date as 23-11-2026, 23/11/2026, 23.11.2026 or 2026-11-23; empty when it is none of those. */
    public static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
