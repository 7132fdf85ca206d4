package nl.leiden.healthysociety.service.accord;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.accord.AccordAmbition;
import nl.leiden.healthysociety.domain.accord.AccordRepository;
import nl.leiden.healthysociety.domain.accord.Ambition;
import nl.leiden.healthysociety.domain.accord.Indicator;
import nl.leiden.healthysociety.domain.accord.Measurement;
import nl.leiden.healthysociety.domain.accord.PreventionAccord;
import nl.leiden.healthysociety.domain.reference.AreaLevel;

/** Accords, ambitions, indicators and measurements in the database. */
@ApplicationScoped
public class JpaAccordRepository implements AccordRepository {

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @Override
    public List<PreventionAccord> accords() {
        return em
                .createQuery("select a from PreventionAccord a order by a.startYear desc, a.name",
                        PreventionAccord.class)
                .getResultList();
    }

    @Override
    public Optional<PreventionAccord> findAccord(long id) {
        return Optional.ofNullable(em.find(PreventionAccord.class, id));
    }

    @Override
    public Optional<PreventionAccord> findAccordByName(String name) {
        return em.createQuery("select a from PreventionAccord a where lower(a.name) = lower(:name)",
                PreventionAccord.class).setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public PreventionAccord add(PreventionAccord accord) {
        em.persist(accord);
        return accord;
    }

    @Override
    public Optional<Ambition> findAmbition(long id) {
        return Optional.ofNullable(em.find(Ambition.class, id));
    }

    @Override
    public Optional<Ambition> findAmbitionByCode(String code) {
        return em.createQuery("select a from Ambition a where a.code = :code", Ambition.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Ambition add(Ambition ambition) {
        em.persist(ambition);
        return ambition;
    }

    @Override
    public Optional<AccordAmbition> findAccordAmbition(long accordId, long ambitionId) {
        return em
                .createQuery("select l from AccordAmbition l where l.accord.id = :accord and l.ambition.id = :ambition",
                        AccordAmbition.class)
                .setParameter("accord", accordId)
                .setParameter("ambition", ambitionId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Indicator> indicators(List<Long> ambitionIds) {
        if (ambitionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from Indicator i join fetch i.ambition a where a.id in :ids"
                + " order by a.sortOrder, i.sortOrder, i.name", Indicator.class)
                .setParameter("ids", ambitionIds)
                .getResultList();
    }

    @Override
    public Optional<Indicator> findIndicator(long id) {
        return Optional.ofNullable(em.find(Indicator.class, id));
    }

    @Override
    public Optional<Indicator> findIndicatorByName(String name) {
        return em.createQuery("select i from Indicator i where lower(i.name) = lower(:name) order by i.id",
                Indicator.class).setParameter("name", name).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Indicator add(Indicator indicator) {
        em.persist(indicator);
        return indicator;
    }

    @Override
    public Optional<Measurement> findMeasurement(long indicatorId, int period, long areaId) {
        return em.createQuery("select m from Measurement m where m.indicator.id = :indicator and m.period = :period"
                + " and m.area.id = :area", Measurement.class)
                .setParameter("indicator", indicatorId)
                .setParameter("period", period)
                .setParameter("area", areaId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Measurement add(Measurement measurement) {
        em.persist(measurement);
        return measurement;
    }

    @Override
    public List<Measurement> measurements(long indicatorId) {
        return em.createQuery("select m from Measurement m join fetch m.area where m.indicator.id = :indicator"
                + " order by m.period, m.area.name", Measurement.class)
                .setParameter("indicator", indicatorId)
                .getResultList();
    }

    @Override
    public List<LatestValue> latestCityValues(List<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        // One query for all indicators: each one's city-wide measurement in its latest period.
        return em.createQuery("select m.indicator.id, m.period, m.value, m.illustrative from Measurement m"
                + " where m.indicator.id in :ids and m.area.level = :city and m.period = (select max(l.period)"
                + " from Measurement l where l.indicator = m.indicator and l.area = m.area)", Object[].class)
                .setParameter("ids", indicatorIds)
                .setParameter("city", AreaLevel.STAD)
                .getResultList()
                .stream()
                .map(row -> new LatestValue((Long) row[0], (Integer) row[1],
                        ((java.math.BigDecimal) row[2]).doubleValue(), (Boolean) row[3]))
                .toList();
    }
}
