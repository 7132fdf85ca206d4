package nl.leiden.healthysociety.service.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.accord.Ambition;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.reference.AreaLevel;
import nl.leiden.healthysociety.domain.reference.ReferenceRepository;
import nl.leiden.healthysociety.domain.reference.TargetGroup;
import nl.leiden.healthysociety.domain.reference.Theme;

/** The managed lists in the database. */
@ApplicationScoped
public class JpaReferenceRepository implements ReferenceRepository {

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @Override
    public List<Theme> themes() {
        return em.createQuery("select t from Theme t where t.active order by t.sortOrder", Theme.class)
                .getResultList();
    }

    @Override
    public List<TargetGroup> targetGroups() {
        return em.createQuery("select g from TargetGroup g where g.active order by g.sortOrder, g.name",
                TargetGroup.class).getResultList();
    }

    @Override
    public List<Area> areas() {
        List<Area> all = em.createQuery("select a from Area a left join fetch a.parent where a.active", Area.class)
                .getResultList();
        List<Area> ordered = new ArrayList<>();
        Comparator<Area> byName = Comparator.comparing(Area::getNameKey);
        all.stream().filter(a -> a.getLevel() == AreaLevel.STAD).sorted(byName).forEach(ordered::add);
        all.stream().filter(a -> a.getLevel() == AreaLevel.DISTRICT).sorted(byName).forEach(district -> {
            ordered.add(district);
            all.stream()
                    .filter(a -> a.getLevel() == AreaLevel.WIJK && district.equals(a.getParent()))
                    .sorted(byName)
                    .forEach(ordered::add);
        });
        all.stream().filter(a -> !ordered.contains(a)).sorted(byName).forEach(ordered::add);
        return ordered;
    }

    @Override
    public List<Ambition> ambitions() {
        return em.createQuery("select a from Ambition a order by a.sortOrder", Ambition.class).getResultList();
    }

    @Override
    public <T> List<T> findAll(Class<T> type, Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.id in :ids", type)
                .setParameter("ids", ids)
                .getResultList();
    }
}
