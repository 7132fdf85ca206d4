package nl.leiden.healthysociety.service.exchange;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.initiative.InitiativeQuery;
import nl.leiden.healthysociety.domain.initiative.InitiativeRepository;
import nl.leiden.healthysociety.domain.initiative.InitiativeSort;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;

/**
 * Exports a filtered list of initiatives as CSV, .xlsx or PDF. The columns carry the names the import reads, so an
 * exported file can be edited and imported again. Contact persons are left out: an export travels further than
 * the screen.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
public class InitiativeExportService {

    /** More rows than this are not exported at once; the list can be filtered further. */
    public static final int MAX_ROWS = 20_000;

    static final List<String> HEADER = List.of("Nummer", "Titel", "Thema", "Beschrijving", "Trekker", "Partners",
            "Gebied", "Status", "Startdatum", "Einddatum", "Laatst bijgewerkt");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-uuuu");
    private static final ZoneId LEIDEN = ZoneId.of("Europe/Amsterdam");

    @Inject
    InitiativeRepository initiatives;

    public ExportFile export(InitiativeQuery query, InitiativeSort.Order order, ExportFormat format) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        List<Initiative> found = initiatives.search(query, order, 0, MAX_ROWS);
        found.forEach(initiative -> rows.add(row(initiative)));
        String fileName = "initiatieven-" + LocalDate.now(LEIDEN) + "." + format.extension();
        byte[] content = switch (format) {
            case CSV -> CsvWriter.write(rows);
            case XLSX -> XlsxWriter.write("Initiatieven", rows);
            case PDF -> pdf(found.size(), rows);
        };
        return new ExportFile(fileName, format.contentType(), content);
    }

    static List<String> row(Initiative i) {
        return List.of(text(i.getNumber()), i.getTitle(), names(i.getThemes(), t -> t.getName()),
                text(i.getDescription()), names(i.getLeads(), o -> o.getName()),
                names(i.getPartners(), o -> o.getName()), names(i.getAreas(), a -> a.getName()), status(i.getStatus()),
                date(i.getStartDate()), date(i.getEndDate()),
                date(i.getLastUpdatedAt().atZone(LEIDEN).toLocalDate()));
    }

    /** The status as the import reads it back: "in voorbereiding". */
    static String status(InitiativeStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static <T> String names(Collection<T> items, Function<T, String> name) {
        return items.stream().map(name).sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static byte[] pdf(int count, List<List<String>> rows) {
        List<PdfTable.Block> blocks = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String[]> lines = new ArrayList<>();
            for (int c = 2; c < row.size(); c++) {
                lines.add(new String[]{HEADER.get(c), row.get(c)});
            }
            blocks.add(new PdfTable.Block((row.get(0).isEmpty() ? "" : row.get(0) + "  ") + row.get(1), lines));
        }
        return PdfTable.write("Initiatieven - Leiden Healthy Society Center",
                count + " initiatieven, " + DATE.format(LocalDate.now(LEIDEN)), blocks);
    }
}
