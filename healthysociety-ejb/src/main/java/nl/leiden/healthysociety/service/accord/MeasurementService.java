package nl.leiden.healthysociety.service.accord;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.accord.AccordRepository;
import nl.leiden.healthysociety.domain.accord.Indicator;
import nl.leiden.healthysociety.domain.accord.Measurement;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.shared.ConflictException;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.platform.CommandValidator;

/**
 * Entering measurements. A value for a period and area that already has one is refused with a conflict, unless
 * the caller asks to replace it: nothing is overwritten without being asked. Medewerkers and beheerders only.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER})
public class MeasurementService {

    private static final System.Logger LOG = System.getLogger(MeasurementService.class.getName());

    @Inject
    AccordRepository repository;

    @Inject
    AccordDashboardCache cache;

    @Inject
    CommandValidator validator;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    public MeasurementView record(MeasurementData data, boolean replace) {
        validator.validate(data);
        List<FieldError> errors = new ArrayList<>();
        Optional<Indicator> indicator = repository.findIndicator(data.indicatorId());
        Area area = em.find(Area.class, data.areaId());
        if (indicator.isEmpty()) {
            errors.add(FieldError.of("indicatorId", "validation.unknownChoice"));
        }
        if (area == null) {
            errors.add(FieldError.of("areaId", "validation.measurement.unknownArea"));
        }
        if (indicator.isPresent()) {
            errors.addAll(MeasurementRules.check(indicator.get(), data.period(), area, data.value(), data.margin(),
                    Year.now().getValue()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<Measurement> existing = repository.findMeasurement(data.indicatorId(), data.period(), area.getId());
        if (existing.isPresent() && !replace) {
            // The year as text (a number would get a thousands separator), the value as a number in the reader's
            // language.
            throw new ConflictException("error.measurement.exists", String.valueOf(data.period()), area.getName(),
                    existing.get().getValue().stripTrailingZeros());
        }
        Measurement measurement = existing.orElseGet(() -> repository.add(
                new Measurement(indicator.get(), data.period(), area, data.value(), Instant.now())));
        measurement.record(data.value(), data.margin(), Texts.trimToNull(data.source()),
                Texts.trimToNull(data.note()), false, Instant.now());
        em.flush();
        cache.invalidate();
        LOG.log(System.Logger.Level.INFO, "Measurement {0} of indicator {1} {2}", measurement.getId(),
                data.indicatorId(), existing.isPresent() ? "replaced" : "recorded");
        return MeasurementView.of(measurement);
    }
}
