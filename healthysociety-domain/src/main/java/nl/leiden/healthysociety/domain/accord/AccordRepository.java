package nl.leiden.healthysociety.domain.accord;

import java.util.List;
import java.util.Optional;

/** Stored accords, ambitions, indicators and measurements. Implemented with JPA in the EJB module. */
public interface AccordRepository {

    /** All accords, the newest period first. */
    List<PreventionAccord> accords();

    Optional<PreventionAccord> findAccord(long id);

    Optional<PreventionAccord> findAccordByName(String name);

    PreventionAccord add(PreventionAccord accord);

    Optional<Ambition> findAmbition(long id);

    Optional<Ambition> findAmbitionByCode(String code);

    Ambition add(Ambition ambition);

    Optional<AccordAmbition> findAccordAmbition(long accordId, long ambitionId);

    /** The indicators of these ambitions, in the ambitions' order and then their own. */
    List<Indicator> indicators(List<Long> ambitionIds);

    Optional<Indicator> findIndicator(long id);

    Optional<Indicator> findIndicatorByName(String name);

    Indicator add(Indicator indicator);

    /** The measurement of an indicator for a period and area, if there is one. */
    Optional<Measurement> findMeasurement(long indicatorId, int period, long areaId);

    Measurement add(Measurement measurement);

    /** All measurements of one indicator, oldest period first. */
    List<Measurement> measurements(long indicatorId);

    /** The latest city-wide measurement per indicator, as (indicator id, period, value, illustrative). */
    List<LatestValue> latestCityValues(List<Long> indicatorIds);

    /** An indicator's latest value for the whole city. */
    record LatestValue(long indicatorId, int period, double value, boolean illustrative) {
    }
}
