package nl.leiden.healthysociety.service.initiative;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.initiative.InitiativeQuery;
import nl.leiden.healthysociety.domain.initiative.InitiativeRepository;
import nl.leiden.healthysociety.domain.initiative.InitiativeSort;
import nl.leiden.healthysociety.domain.initiative.ProgressUpdate;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.platform.LikePatterns;

/**
 * Initiatives in the database. Filters on linked lists are EXISTS subqueries, so a page never holds duplicates and
 * paging stays in the database.
 */
@ApplicationScoped
public class JpaInitiativeRepository implements InitiativeRepository {

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @Override
    public Optional<Initiative> find(long id) {
        return Optional.ofNullable(em.find(Initiative.class, id));
    }

    @Override
    public Optional<Initiative> findByNumber(String number) {
        String trimmed = Texts.trimToNull(number);
        if (trimmed == null) {
            return Optional.empty();
        }
        return em.createQuery("select i from Initiative i where i.number = :number", Initiative.class)
                .setParameter("number", trimmed)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Initiative> findByTitle(String title) {
        String trimmed = Texts.trimToNull(title);
        if (trimmed == null) {
            return Optional.empty();
        }
        return em
                .createQuery("select i from Initiative i where lower(i.title) = :title order by i.id", Initiative.class)
                .setParameter("title", trimmed.toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Initiative> search(InitiativeQuery query, InitiativeSort.Order order, int first, int pageSize) {
        TypedQuery<Initiative> jpql = em.createQuery(
                "select i from Initiative i" + where(query) + orderBy(order), Initiative.class);
        bind(jpql, query);
        return jpql.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
    }

    @Override
    public long count(InitiativeQuery query) {
        TypedQuery<Long> jpql = em.createQuery("select count(i) from Initiative i" + where(query), Long.class);
        bind(jpql, query);
        return jpql.getSingleResult();
    }

    @Override
    public Initiative add(Initiative initiative) {
        em.persist(initiative);
        return initiative;
    }

    @Override
    public List<ProgressUpdate> progress(long initiativeId) {
        return em.createQuery("select p from ProgressUpdate p left join fetch p.author a left join fetch a.organisation"
                + " where p.initiative.id = :id order by p.date desc, p.id desc", ProgressUpdate.class)
                .setParameter("id", initiativeId)
                .getResultList();
    }

    @Override
    public ProgressUpdate add(ProgressUpdate update) {
        em.persist(update);
        return update;
    }

    private static String where(InitiativeQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<String> words = LikePatterns.eachWord(query.text());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and i.searchText like :word").append(i).append(" escape '").append(LikePatterns.ESCAPE)
                    .append("'");
        }
        if (query.themeId() != null) {
            where.append(" and exists (select 1 from i.themes t where t.id = :theme)");
        }
        if (query.ambitionId() != null) {
            where.append(" and exists (select 1 from i.ambitions a where a.id = :ambition)");
        }
        if (query.areaId() != null) {
            where.append(" and exists (select 1 from i.areas ar where ar.id = :area)");
        }
        if (query.organisationId() != null) {
            where.append(" and (exists (select 1 from i.leads l where l.id = :organisation)"
                    + " or exists (select 1 from i.partners p where p.id = :organisation))");
        }
        if (query.status() != null) {
            where.append(" and i.status = :status");
        }
        if (query.targetGroupId() != null) {
            where.append(" and exists (select 1 from i.targetGroups g where g.id = :targetGroup)");
        }
        if (query.lifeStage() != null) {
            where.append(" and :lifeStage member of i.lifeStages");
        }
        if (query.notUpdatedSince() != null) {
            where.append(" and i.lastUpdatedAt < :since");
        }
        if (query.publishedOnly()) {
            where.append(" and i.published = true");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> jpql, InitiativeQuery query) {
        List<String> words = LikePatterns.eachWord(query.text());
        for (int i = 0; i < words.size(); i++) {
            jpql.setParameter("word" + i, words.get(i));
        }
        if (query.themeId() != null) {
            jpql.setParameter("theme", query.themeId());
        }
        if (query.ambitionId() != null) {
            jpql.setParameter("ambition", query.ambitionId());
        }
        if (query.areaId() != null) {
            jpql.setParameter("area", query.areaId());
        }
        if (query.organisationId() != null) {
            jpql.setParameter("organisation", query.organisationId());
        }
        if (query.status() != null) {
            jpql.setParameter("status", query.status());
        }
        if (query.targetGroupId() != null) {
            jpql.setParameter("targetGroup", query.targetGroupId());
        }
        if (query.lifeStage() != null) {
            jpql.setParameter("lifeStage", query.lifeStage());
        }
        if (query.notUpdatedSince() != null) {
            jpql.setParameter("since", query.notUpdatedSince());
        }
    }

    private static String orderBy(InitiativeSort.Order order) {
        InitiativeSort.Order effective = order == null ? InitiativeSort.Order.DEFAULT : order;
        String direction = effective.ascending() ? " asc" : " desc";
        String column = switch (effective.by()) {
            case TITLE -> "lower(i.title)";
            case NUMBER -> "i.number";
            case STATUS -> "i.status";
            case LAST_UPDATED -> "i.lastUpdatedAt";
            case START_DATE -> "i.startDate";
        };
        return " order by " + column + direction + " nulls last, i.id" + direction;
    }
}
