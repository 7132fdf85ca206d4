package nl.leiden.healthysociety.service.exchange;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.initiative.InitiativeRepository;
import nl.leiden.healthysociety.domain.initiative.InitiativeStatus;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationRepository;
import nl.leiden.healthysociety.domain.organisation.OrganisationType;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.reference.ReferenceRepository;
import nl.leiden.healthysociety.domain.reference.Theme;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.exchange.InitiativeSheet.Column;
import nl.leiden.healthysociety.service.reference.ReferenceListsCache;

/**
 * Imports initiatives from a spreadsheet in two steps: a preview that writes nothing and shows each row's problems
 * and the organisation names it does not know, then the confirmed import with the person's decisions for those
 * names (map to an existing organisation, or create it). Rows are matched to existing initiatives by number (or,
 * without a number, by title), so importing the same file again updates instead of duplicating. Rows with a
 * blocking problem are skipped. The file is read again on confirmation: nothing is kept between the steps here.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER})
public class InitiativeImportService {

    /** A decision for an unknown organisation name: create it as a new organisation. */
    public static final long CREATE = 0L;

    private static final System.Logger LOG = System.getLogger(InitiativeImportService.class.getName());

    @Inject
    InitiativeRepository initiatives;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ReferenceRepository references;

    @Inject
    ReferenceListsCache referenceLists;

    public ImportPreview preview(byte[] content, String fileName, Map<String, Long> decisions) {
        return plan(content, fileName, decisions).preview;
    }

    public ImportResult confirm(byte[] content, String fileName, Map<String, Long> decisions) {
        Plan plan = plan(content, fileName, decisions);
        Map<String, Organisation> created = new HashMap<>();
        Instant now = Instant.now();
        int made = 0;
        int changed = 0;
        for (PlannedRow row : plan.rows) {
            if (row.row.action() == ImportRow.Action.SKIP) {
                continue;
            }
            List<Organisation> leads = resolve(row.values.leads, created);
            List<Organisation> partners = resolve(row.values.partners, created);
            if (row.row.action() == ImportRow.Action.CREATE) {
                Initiative initiative = new Initiative(row.values.title,
                        Optional.ofNullable(row.values.status).orElse(InitiativeStatus.LOPEND), leads, now);
                apply(initiative, row.values, leads, partners, plan.sheet, now);
                initiatives.add(initiative);
                made++;
            } else {
                Initiative initiative = initiatives.find(row.row.existingId()).orElseThrow();
                apply(initiative, row.values, plan.sheet.has(Column.LEAD) ? leads : List.copyOf(initiative.getLeads()),
                        plan.sheet.has(Column.PARTNERS) ? partners : List.copyOf(initiative.getPartners()),
                        plan.sheet, now);
                changed++;
            }
        }
        if (!created.isEmpty()) {
            referenceLists.invalidate();
        }
        int skipped = (int) plan.preview.count(ImportRow.Action.SKIP);
        LOG.log(Level.INFO, "Import: {0} initiatives created, {1} updated, {2} rows skipped, {3} organisations created",
                made, changed, skipped, created.size());
        return new ImportResult(made, changed, skipped, created.size());
    }

    private void apply(Initiative initiative, Values values, List<Organisation> leads, List<Organisation> partners,
            InitiativeSheet sheet, Instant now) {
        if (sheet.has(Column.NUMBER) && values.number != null) {
            initiative.renumber(values.number);
        }
        initiative.describe(values.title,
                sheet.has(Column.DESCRIPTION) ? values.description : initiative.getDescription());
        if (values.status != null && values.status != initiative.getStatus()) {
            initiative.changeStatus(values.status, now);
        }
        initiative.organise(leads, partners);
        initiative.classify(sheet.has(Column.THEME) ? values.themes : List.copyOf(initiative.getThemes()),
                List.copyOf(initiative.getTargetGroups()), initiative.getLifeStages(),
                sheet.has(Column.AREA) ? values.areas : List.copyOf(initiative.getAreas()),
                List.copyOf(initiative.getAmbitions()));
        initiative.plan(sheet.has(Column.START) ? values.start : initiative.getStartDate(),
                sheet.has(Column.END) ? values.end : initiative.getEndDate());
        initiative.touch(now);
    }

    /** Organisations for resolved names; names decided as "create" are created once per import. */
    private List<Organisation> resolve(List<Resolved> names, Map<String, Organisation> created) {
        List<Organisation> result = new ArrayList<>();
        for (Resolved name : names) {
            if (name.organisation != null) {
                result.add(name.organisation);
            } else if (name.create) {
                result.add(created.computeIfAbsent(Texts.searchKey(name.name), key -> organisations
                        .findByName(name.name)
                        .orElseGet(() -> organisations.add(new Organisation(name.name, OrganisationType.OVERIG)))));
            }
        }
        return result;
    }

    private Plan plan(byte[] content, String fileName, Map<String, Long> decisions) {
        List<List<String>> rows = SpreadsheetReader.read(content, fileName);
        InitiativeSheet sheet = InitiativeSheet.of(rows.get(0));
        Map<String, Theme> themes = byKey(references.themes(), t -> Texts.searchKey(t.getName()));
        references.themes().forEach(t -> themes.put(Texts.searchKey(t.getCode()), t));
        Map<String, Area> areas = byKey(references.areas(), Area::getNameKey);
        Map<String, Long> decided = new HashMap<>();
        (decisions == null ? Map.<String, Long>of() : decisions).forEach((k, v) -> decided.put(Texts.searchKey(k), v));
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> numbersSeen = new HashSet<>();
        List<PlannedRow> planned = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            List<ImportProblem> problems = new ArrayList<>();
            Values values = new Values();
            values.number = sheet.text(cells, Column.NUMBER);
            values.title = sheet.text(cells, Column.TITLE);
            values.description = sheet.text(cells, Column.DESCRIPTION);
            if (values.title == null) {
                problems.add(ImportProblem.blocking("import.problem.titleMissing"));
            }
            tooLong(problems, "import.problem.numberTooLong", values.number, Initiative.NUMBER_MAX);
            tooLong(problems, "import.problem.titleTooLong", values.title, Initiative.TITLE_MAX);
            tooLong(problems, "import.problem.descriptionTooLong", values.description, Initiative.DESCRIPTION_MAX);
            if (values.number != null && !numbersSeen.add(values.number)) {
                problems.add(ImportProblem.blocking("import.problem.duplicateInFile", values.number));
            }
            values.leads = organisations(sheet.list(cells, Column.LEAD), decided, unknown, problems, true);
            values.partners = organisations(sheet.list(cells, Column.PARTNERS), decided, unknown, problems, false);
            values.themes = lookups(sheet.list(cells, Column.THEME), themes, problems, "import.problem.unknownTheme");
            values.areas = lookups(sheet.list(cells, Column.AREA), areas, problems, "import.problem.unknownArea");
            String status = sheet.text(cells, Column.STATUS);
            if (status != null) {
                values.status = InitiativeSheet.status(status).orElse(null);
                if (values.status == null) {
                    problems.add(ImportProblem.blocking("import.problem.unknownStatus", status));
                }
            }
            values.start = date(sheet.text(cells, Column.START), problems);
            values.end = date(sheet.text(cells, Column.END), problems);
            if (values.start != null && values.end != null && values.end.isBefore(values.start)) {
                problems.add(ImportProblem.blocking("import.problem.endBeforeStart"));
            }
            Optional<Initiative> existing = values.number != null
                    ? initiatives.findByNumber(values.number)
                    : initiatives.findByTitle(values.title);
            boolean leadsKnown = values.leads.stream().allMatch(r -> r.organisation != null || r.create);
            if (leadsKnown && values.leads.isEmpty() && (existing.isEmpty() || sheet.has(Column.LEAD))) {
                problems.add(ImportProblem.blocking("import.problem.noLead"));
            }
            ImportRow.Action action = problems.stream().anyMatch(ImportProblem::blocking)
                    ? ImportRow.Action.SKIP
                    : existing.isPresent() ? ImportRow.Action.UPDATE : ImportRow.Action.CREATE;
            planned.add(new PlannedRow(new ImportRow(i + 1, values.number, values.title, action,
                    existing.map(Initiative::getId).orElse(null), problems), values));
        }
        ImportPreview preview = new ImportPreview(planned.stream().map(p -> p.row).toList(), sheet.recognised(),
                List.copyOf(unknown));
        return new Plan(sheet, planned, preview);
    }

    private List<Resolved> organisations(List<String> names, Map<String, Long> decided, Set<String> unknown,
            List<ImportProblem> problems, boolean lead) {
        List<Resolved> result = new ArrayList<>();
        for (String name : names) {
            Optional<Organisation> known = organisations.findByName(name).filter(Organisation::isActive);
            Long decision = decided.get(Texts.searchKey(name));
            if (known.isPresent()) {
                result.add(new Resolved(name, known.get(), false));
            } else if (decision != null && decision == CREATE) {
                result.add(new Resolved(name, null, true));
            } else if (decision != null) {
                Optional<Organisation> mapped = organisations.find(decision).filter(Organisation::isActive);
                if (mapped.isPresent()) {
                    result.add(new Resolved(name, mapped.get(), false));
                } else {
                    unknown.add(name);
                    problems.add(new ImportProblem("import.problem.unknownOrganisation", List.of(name), lead));
                }
            } else {
                unknown.add(name);
                problems.add(new ImportProblem("import.problem.unknownOrganisation", List.of(name), lead));
            }
        }
        return result;
    }

    private static <T> List<T> lookups(List<String> names, Map<String, T> known, List<ImportProblem> problems,
            String problem) {
        List<T> found = new ArrayList<>();
        for (String name : names) {
            T item = known.get(Texts.searchKey(name));
            if (item == null) {
                problems.add(ImportProblem.blocking(problem, name));
            } else {
                found.add(item);
            }
        }
        return found;
    }

    private static LocalDate date(String text, List<ImportProblem> problems) {
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = InitiativeSheet.date(text);
        if (date.isEmpty()) {
            problems.add(ImportProblem.blocking("import.problem.badDate", text));
        }
        return date.orElse(null);
    }

    private static void tooLong(List<ImportProblem> problems, String key, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(ImportProblem.blocking(key, Integer.toString(max)));
        }
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, HashMap::new));
    }

    /** An organisation name from the file: found, to be created, or neither (then it is left out). */
    private record Resolved(String name, Organisation organisation, boolean create) {
    }

    /** The values of one row as read from the file. */
    private static final class Values {
        String number;
        String title;
        String description;
        InitiativeStatus status;
        LocalDate start;
        LocalDate end;
        List<Theme> themes = List.of();
        List<Area> areas = List.of();
        List<Resolved> leads = List.of();
        List<Resolved> partners = List.of();
    }

    private record PlannedRow(ImportRow row, Values values) {
    }

    private record Plan(InitiativeSheet sheet, List<PlannedRow> rows, ImportPreview preview) {
    }
}
