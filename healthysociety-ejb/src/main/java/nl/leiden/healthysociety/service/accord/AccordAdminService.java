package nl.leiden.healthysociety.service.accord;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.accord.AccordAmbition;
import nl.leiden.healthysociety.domain.accord.AccordRepository;
import nl.leiden.healthysociety.domain.accord.Ambition;
import nl.leiden.healthysociety.domain.accord.Indicator;
import nl.leiden.healthysociety.domain.accord.IndicatorUnit;
import nl.leiden.healthysociety.domain.accord.PreventionAccord;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.NotFoundException;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.platform.CommandValidator;

/**
 * Managing the prevention accord: accords (a successor can carry ambitions over), ambitions and their goals,
 * indicators, and the report text per ambition. Medewerkers and beheerders only; partners read.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER})
public class AccordAdminService {

    private static final String CHANGED = "error.accord.changedByOther";

    @Inject
    AccordRepository repository;

    @Inject
    AccordDashboardCache cache;

    @Inject
    CommandValidator validator;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    public AccordSummary createAccord(AccordData data) {
        validator.validate(data);
        List<FieldError> errors = new ArrayList<>();
        if (data.endYear() < data.startYear()) {
            errors.add(FieldError.of("endYear", "validation.accord.endBeforeStart"));
        }
        if (repository.findAccordByName(data.name().strip()).isPresent()) {
            errors.add(FieldError.of("name", "validation.accord.nameTaken"));
        }
        PreventionAccord predecessor = data.predecessorId() == null
                ? null
                : repository.findAccord(data.predecessorId()).orElse(null);
        if (data.predecessorId() != null && predecessor == null) {
            errors.add(FieldError.of("predecessorId", "validation.unknownChoice"));
        }
        List<Ambition> carried = new ArrayList<>();
        for (Long ambitionId : data.carriedAmbitionIds()) {
            boolean inPredecessor = predecessor != null && predecessor.getAmbitions()
                    .stream()
                    .anyMatch(l -> l.getAmbition().getId().equals(ambitionId));
            if (!inPredecessor) {
                errors.add(FieldError.of("carriedAmbitionIds", "validation.accord.notInPredecessor"));
                break;
            }
            carried.add(repository.findAmbition(ambitionId).orElseThrow());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PreventionAccord accord = repository
                .add(new PreventionAccord(data.name().strip(), data.startYear(), data.endYear(), predecessor));
        carried.forEach(accord::include);
        em.flush();
        cache.invalidate();
        return AccordSummary.of(accord);
    }

    /** A new ambition at the end of the accord's list. */
    public AmbitionProgress addAmbition(long accordId, AmbitionData data) {
        validator.validate(data);
        PreventionAccord accord = accord(accordId);
        String code = uniqueCode(data.name());
        Ambition ambition = repository.add(new Ambition(code, data.name().strip(), accord.getAmbitions().size() + 1));
        ambition.replaceGoals(data.goals());
        AccordAmbition link = accord.include(ambition);
        em.flush();
        cache.invalidate();
        return new AmbitionProgress(ambition.getId(), ambition.getName(), ambition.getGoals(), null, List.of(),
                ambition.getVersion(), link.getVersion());
    }

    public void updateAmbition(long ambitionId, long expectedVersion, AmbitionData data) {
        validator.validate(data);
        Ambition ambition = repository.findAmbition(ambitionId)
                .orElseThrow(() -> new NotFoundException("error.ambition.notFound"));
        if (ambition.getVersion() != expectedVersion) {
            throw new ConflictException(CHANGED);
        }
        ambition.rename(data.name().strip());
        ambition.replaceGoals(data.goals());
        em.flush();
        cache.invalidate();
    }

    /** The text about one ambition in one accord's progress report. */
    public void writeReportText(long accordId, long ambitionId, long expectedVersion, String text) {
        AccordAmbition link = repository.findAccordAmbition(accordId, ambitionId)
                .orElseThrow(() -> new NotFoundException("error.ambition.notFound"));
        String trimmed = Texts.trimToNull(text);
        if (trimmed != null && trimmed.length() > AccordAmbition.REPORT_TEXT_MAX) {
            throw new InvalidInputException(new FieldError("reportText", "validation.tooLong",
                    Map.of("max", AccordAmbition.REPORT_TEXT_MAX)));
        }
        if (link.getVersion() != expectedVersion) {
            throw new ConflictException(CHANGED);
        }
        link.writeReportText(trimmed);
        em.flush();
        cache.invalidate();
    }

    public IndicatorView createIndicator(IndicatorData data) {
        validator.validate(data);
        Ambition ambition = checked(data, null);
        int order = repository.indicators(List.of(ambition.getId())).size() + 1;
        Indicator indicator = repository
                .add(new Indicator(ambition, data.name().strip(), data.unit(), data.direction(), order));
        apply(indicator, data);
        em.flush();
        cache.invalidate();
        return IndicatorView.of(indicator);
    }

    public IndicatorView updateIndicator(long id, long expectedVersion, IndicatorData data) {
        validator.validate(data);
        Indicator indicator = repository.findIndicator(id)
                .orElseThrow(() -> new NotFoundException("error.indicator.notFound"));
        if (indicator.getVersion() != expectedVersion) {
            throw new ConflictException(CHANGED);
        }
        checked(data, indicator);
        apply(indicator, data);
        em.flush();
        cache.invalidate();
        return IndicatorView.of(indicator);
    }

    private Ambition checked(IndicatorData data, Indicator current) {
        List<FieldError> errors = new ArrayList<>();
        Ambition ambition = repository.findAmbition(data.ambitionId()).orElse(null);
        if (ambition == null) {
            errors.add(FieldError.of("ambitionId", "validation.unknownChoice"));
        } else if (current != null && !current.getAmbition().equals(ambition)) {
            errors.add(FieldError.of("ambitionId", "validation.indicator.ambitionFixed"));
        }
        if (ambition != null && repository.indicators(List.of(ambition.getId()))
                .stream()
                .anyMatch(i -> !i.equals(current) && i.getName().equalsIgnoreCase(data.name().strip()))) {
            errors.add(FieldError.of("name", "validation.indicator.nameTaken"));
        }
        pair(errors, "baseline", data.baselineYear(), data.baselineValue());
        pair(errors, "target", data.targetYear(), data.targetValue());
        if (data.baselineYear() != null && data.targetYear() != null && data.targetYear() <= data.baselineYear()) {
            errors.add(FieldError.of("targetYear", "validation.indicator.targetBeforeBaseline"));
        }
        if (data.unit() == IndicatorUnit.PERCENTAGE) {
            percentage(errors, "baselineValue", data.baselineValue());
            percentage(errors, "targetValue", data.targetValue());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return ambition;
    }

    private static void pair(List<FieldError> errors, String prefix, Integer year, BigDecimal value) {
        if (year == null && value != null) {
            errors.add(FieldError.of(prefix + "Year", "validation.indicator.yearAndValue"));
        } else if (year != null && value == null) {
            errors.add(FieldError.of(prefix + "Value", "validation.indicator.yearAndValue"));
        }
    }

    private static void percentage(List<FieldError> errors, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(FieldError.of(field, "validation.measurement.percentage"));
        }
    }

    private static void apply(Indicator indicator, IndicatorData data) {
        indicator.describe(data.name().strip(), Texts.trimToNull(data.definition()), data.unit(), data.direction(),
                Texts.trimToNull(data.source()), Texts.trimToNull(data.ageGroup()), data.areaLevels());
        indicator.aim(data.baselineYear(), data.baselineValue(), data.targetYear(), data.targetValue());
    }

    private PreventionAccord accord(long id) {
        return repository.findAccord(id).orElseThrow(() -> new NotFoundException("error.accord.notFound"));
    }

    /** A code for a new ambition from its name ("Inwoners bewegen meer" becomes INWONERS_BEWEGEN_MEER). */
    private String uniqueCode(String name) {
        String base = Texts.searchKey(name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")
                .replaceAll("^_|_$", "");
        base = base.isEmpty() ? "AMBITIE" : base.substring(0, Math.min(50, base.length()));
        String code = base;
        for (int n = 2; repository.findAmbitionByCode(code).isPresent(); n++) {
            code = base + "_" + n;
        }
        return code;
    }
}
