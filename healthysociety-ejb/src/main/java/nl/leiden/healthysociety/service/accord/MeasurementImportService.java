package nl.leiden.healthysociety.service.accord;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.accord.AccordRepository;
import nl.leiden.healthysociety.domain.accord.Indicator;
import nl.leiden.healthysociety.domain.accord.Measurement;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.reference.ReferenceRepository;
import nl.leiden.healthysociety.domain.shared.Decimals;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.accord.MeasurementImportRow.Action;
import nl.leiden.healthysociety.service.accord.MeasurementSheet.Column;
import nl.leiden.healthysociety.service.exchange.ImportProblem;
import nl.leiden.healthysociety.service.exchange.SpreadsheetReader;

/**
 * Imports measurements from a spreadsheet (columns indicator, jaar, gebied, waarde; optionally marge, bron,
 * toelichting) in two steps: a preview that writes nothing and shows each row's problems, then the confirmed import.
 * A value for a period and area that already has one is only replaced when the person chose to replace existing
 * values; otherwise that row is skipped. The same checks as the form apply to every row.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER})
public class MeasurementImportService {

    private static final System.Logger LOG = System.getLogger(MeasurementImportService.class.getName());

    @Inject
    AccordRepository repository;

    @Inject
    AccordDashboardCache cache;

    @Inject
    ReferenceRepository references;

    /** What a confirmed import did. */
    public record Result(int created, int replaced, int skipped) {
    }

    private record Planned(MeasurementImportRow row, Indicator indicator, int period, Area area, BigDecimal value,
            BigDecimal margin, String source, String note) {
    }

    public MeasurementImportPreview preview(byte[] content, String fileName, boolean replaceExisting) {
        return new MeasurementImportPreview(
                plan(content, fileName, replaceExisting).stream().map(Planned::row).toList());
    }

    public Result confirm(byte[] content, String fileName, boolean replaceExisting) {
        int created = 0;
        int replaced = 0;
        int skipped = 0;
        Instant now = Instant.now();
        for (Planned planned : plan(content, fileName, replaceExisting)) {
            switch (planned.row().action()) {
                case CREATE -> {
                    Measurement measurement = repository.add(new Measurement(planned.indicator(), planned.period(),
                            planned.area(), planned.value(), now));
                    measurement.record(planned.value(), planned.margin(), planned.source(), planned.note(), false, now);
                    created++;
                }
                case REPLACE -> {
                    repository.findMeasurement(planned.indicator().getId(), planned.period(), planned.area().getId())
                            .orElseThrow()
                            .record(planned.value(), planned.margin(), planned.source(), planned.note(), false, now);
                    replaced++;
                }
                case SKIP -> skipped++;
            }
        }
        cache.invalidate();
        LOG.log(System.Logger.Level.INFO, "Measurement import: {0} created, {1} replaced, {2} rows skipped", created,
                replaced, skipped);
        return new Result(created, replaced, skipped);
    }

    private List<Planned> plan(byte[] content, String fileName, boolean replaceExisting) {
        List<List<String>> rows = SpreadsheetReader.read(content, fileName);
        MeasurementSheet sheet = MeasurementSheet.of(rows.get(0));
        Map<String, Area> areas = references.areas()
                .stream()
                .collect(Collectors.toMap(a -> a.getNameKey(), Function.identity(), (a, b) -> a));
        int currentYear = Year.now().getValue();
        Set<String> seen = new HashSet<>();
        List<Planned> planned = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            planned.add(planRow(i + 1, row, sheet, areas, currentYear, seen, replaceExisting));
        }
        return planned;
    }

    private Planned planRow(int line, List<String> row, MeasurementSheet sheet, Map<String, Area> areas,
            int currentYear, Set<String> seen, boolean replaceExisting) {
        String indicatorName = sheet.text(row, Column.INDICATOR);
        String periodText = sheet.text(row, Column.PERIOD);
        String areaName = sheet.text(row, Column.AREA);
        String valueText = sheet.text(row, Column.VALUE);
        List<ImportProblem> problems = new ArrayList<>();
        Indicator indicator = null;
        if (indicatorName == null) {
            problems.add(blocking("import.measurement.noIndicator"));
        } else {
            indicator = repository.findIndicatorByName(indicatorName).orElse(null);
            if (indicator == null) {
                problems.add(blocking("import.measurement.unknownIndicator", indicatorName));
            }
        }
        Integer period = wholeNumber(periodText);
        if (period == null) {
            problems.add(blocking("import.measurement.badPeriod", periodText == null ? "" : periodText));
        }
        Area area = areaName == null ? null : areas.get(Texts.searchKey(areaName));
        if (area == null) {
            problems.add(blocking("import.measurement.unknownArea", areaName == null ? "" : areaName));
        }
        BigDecimal value = decimal(valueText, "import.measurement.badValue", problems);
        BigDecimal margin = decimal(sheet.text(row, Column.MARGIN), "import.measurement.badMargin", problems);
        if (valueText == null) {
            problems.add(blocking("import.measurement.noValue"));
        }
        if (indicator != null && period != null) {
            for (FieldError error : MeasurementRules.check(indicator, period, area, value, margin, currentYear)) {
                String shown = switch (error.field()) {
                    case "period" -> periodText;
                    case "areaId" -> areaName;
                    case "margin" -> sheet.text(row, Column.MARGIN);
                    default -> valueText;
                };
                problems.add(blocking("import.measurement." + error.field(), shown));
            }
        }
        Action action = Action.CREATE;
        if (indicator != null && period != null && area != null && value != null
                && !seen.add(indicator.getId() + "/" + period + "/" + area.getId())) {
            problems.add(blocking("import.measurement.twiceInFile"));
        }
        if (problems.stream().anyMatch(ImportProblem::blocking)) {
            action = Action.SKIP;
        } else {
            Optional<Measurement> existing = repository.findMeasurement(indicator.getId(), period, area.getId());
            if (existing.isPresent()) {
                String old = existing.get().getValue().stripTrailingZeros().toPlainString();
                problems.add(new ImportProblem(replaceExisting
                        ? "import.measurement.replaces"
                        : "import.measurement.exists", List.of(old), false));
                action = replaceExisting ? Action.REPLACE : Action.SKIP;
            }
        }
        MeasurementImportRow result = new MeasurementImportRow(line, indicatorName, periodText, areaName, valueText,
                action, problems);
        return new Planned(result, indicator, period == null ? 0 : period, area, value, margin,
                Texts.trimToNull(sheet.text(row, Column.SOURCE)), Texts.trimToNull(sheet.text(row, Column.NOTE)));
    }

    private static Integer wholeNumber(String text) {
        // A year from a spreadsheet's number cell may come as "2022.0".
        String year = text == null ? "" : text.strip().replaceFirst("[.,]0+$", "");
        return year.matches("\\d{4}") ? Integer.valueOf(year) : null;
    }

    private static BigDecimal decimal(String text, String key, List<ImportProblem> problems) {
        try {
            return Decimals.parse(text);
        } catch (NumberFormatException e) {
            problems.add(blocking(key, text));
            return null;
        }
    }

    private static ImportProblem blocking(String key, String... arguments) {
        return new ImportProblem(key, List.of(arguments), true);
    }
}
