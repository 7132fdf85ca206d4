package nl.leiden.healthysociety.service.accord;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.accord.AccordAmbition;
import nl.leiden.healthysociety.domain.accord.AccordRepository;
import nl.leiden.healthysociety.domain.accord.AccordRepository.LatestValue;
import nl.leiden.healthysociety.domain.accord.CourseRule;
import nl.leiden.healthysociety.domain.accord.HealthDifferences;
import nl.leiden.healthysociety.domain.accord.Indicator;
import nl.leiden.healthysociety.domain.accord.PreventionAccord;
import nl.leiden.healthysociety.domain.reference.AreaLevel;
import nl.leiden.healthysociety.domain.shared.NotFoundException;

/**
 * Reading the prevention accord: its ambitions and whether their indicators are on course, and per indicator the
 * figures over time, per area and the health differences between areas. Everyone with an account reads it; the
 * public summary needs no account and holds no personal data (there is none in the accord).
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
public class AccordService {

    @Inject
    AccordRepository repository;

    @Inject
    AccordDashboardCache cache;

    public List<AccordSummary> accords() {
        return cache.accords(() -> repository.accords().stream().map(AccordSummary::of).toList());
    }

    public AccordDashboard dashboard(long accordId) {
        return cache.dashboard(accordId, () -> dashboardOf(accord(accordId)));
    }

    /** The newest accord's dashboard for the public page, or null when there is no accord. */
    @PermitAll
    public AccordDashboard publicSummary() {
        List<AccordSummary> accords = accords();
        return accords.isEmpty() ? null : dashboard(accords.get(0).id());
    }

    public IndicatorDetails indicator(long indicatorId) {
        Indicator indicator = repository.findIndicator(indicatorId)
                .orElseThrow(() -> new NotFoundException("error.indicator.notFound"));
        List<MeasurementView> measurements = repository.measurements(indicatorId)
                .stream()
                .map(MeasurementView::of)
                .toList();
        List<MeasurementView> city = atLevel(measurements, AreaLevel.STAD);
        MeasurementView latest = city.isEmpty() ? null : city.get(city.size() - 1);
        IndicatorProgress progress = progress(indicator,
                latest == null
                        ? null
                        : new LatestValue(indicatorId, latest.period(), latest.value().doubleValue(),
                                latest.illustrative()));
        List<MeasurementView> districts = atLevel(measurements, AreaLevel.DISTRICT);
        Integer districtPeriod = districts.stream().map(MeasurementView::period).max(Integer::compare).orElse(null);
        List<MeasurementView> latestDistricts = districts.stream()
                .filter(m -> districtPeriod != null && m.period() == districtPeriod)
                .sorted(Comparator.comparing(MeasurementView::areaName))
                .toList();
        return new IndicatorDetails(progress, indicator.getAmbition().getName(), measurements, city, districtPeriod,
                latestDistricts, differences(indicator, districts),
                differences(indicator, atLevel(measurements, AreaLevel.WIJK)),
                measurements.stream().anyMatch(MeasurementView::illustrative));
    }

    private static List<MeasurementView> atLevel(List<MeasurementView> measurements, AreaLevel level) {
        return measurements.stream().filter(m -> m.level() == level).toList();
    }

    private static HealthDifferences.Result differences(Indicator indicator, List<MeasurementView> values) {
        return HealthDifferences.of(indicator.getDirection(),
                values.stream()
                        .map(m -> new HealthDifferences.Value(m.period(), m.areaId(), m.areaName(),
                                m.value().doubleValue()))
                        .toList());
    }

    private PreventionAccord accord(long id) {
        return repository.findAccord(id).orElseThrow(() -> new NotFoundException("error.accord.notFound"));
    }

    private AccordDashboard dashboardOf(PreventionAccord accord) {
        List<AccordAmbition> links = accord.getAmbitions();
        List<Indicator> indicators = repository
                .indicators(links.stream().map(l -> l.getAmbition().getId()).toList());
        Map<Long, LatestValue> latest = repository
                .latestCityValues(indicators.stream().map(Indicator::getId).toList())
                .stream()
                .collect(Collectors.toMap(LatestValue::indicatorId, Function.identity()));
        List<AmbitionProgress> ambitions = new ArrayList<>();
        boolean illustrative = false;
        for (AccordAmbition link : links) {
            List<IndicatorProgress> progress = indicators.stream()
                    .filter(i -> i.getAmbition().equals(link.getAmbition()))
                    .map(i -> progress(i, latest.get(i.getId())))
                    .toList();
            illustrative |= progress.stream().anyMatch(IndicatorProgress::illustrative);
            ambitions.add(new AmbitionProgress(link.getAmbition().getId(), link.getAmbition().getName(),
                    link.getAmbition().getGoals(), link.getReportText(), progress, link.getAmbition().getVersion(),
                    link.getVersion()));
        }
        return new AccordDashboard(AccordSummary.of(accord), ambitions, illustrative);
    }

    static IndicatorProgress progress(Indicator indicator, LatestValue latest) {
        CourseRule rule = indicator.courseRule();
        Integer period = latest == null ? null : latest.period();
        Double value = latest == null ? null : latest.value();
        Double expected = rule.complete() && period != null ? rule.expectedIn(period) : null;
        return new IndicatorProgress(IndicatorView.of(indicator), rule.status(period, value), period, value, expected,
                latest != null && latest.illustrative());
    }
}
