package nl.leiden.healthysociety.service.organisation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationQuery;
import nl.leiden.healthysociety.domain.organisation.OrganisationRepository;
import nl.leiden.healthysociety.domain.shared.Texts;
import nl.leiden.healthysociety.service.platform.LikePatterns;

/** Organisations in the database; runs inside the calling service's transaction. */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findByName(String name) {
        return em.createQuery("select o from Organisation o where o.nameKey = :key", Organisation.class)
                .setParameter("key", Texts.searchKey(name))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Organisation> search(OrganisationQuery query, int first, int pageSize) {
        TypedQuery<Organisation> jpql = em.createQuery("select o from Organisation o" + where(query)
                + " order by o.nameKey, o.id", Organisation.class);
        bind(jpql, query);
        return jpql.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
    }

    @Override
    public long count(OrganisationQuery query) {
        TypedQuery<Long> jpql = em.createQuery("select count(o) from Organisation o" + where(query), Long.class);
        bind(jpql, query);
        return jpql.getSingleResult();
    }

    @Override
    public Organisation add(Organisation organisation) {
        em.persist(organisation);
        return organisation;
    }

    private static String where(OrganisationQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<String> words = LikePatterns.eachWord(query.text());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and o.nameKey like :word").append(i).append(" escape '").append(LikePatterns.ESCAPE)
                    .append("'");
        }
        if (query.type() != null) {
            where.append(" and o.type = :type");
        }
        if (!query.includeInactive()) {
            where.append(" and o.active = true");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> jpql, OrganisationQuery query) {
        List<String> words = LikePatterns.eachWord(query.text());
        for (int i = 0; i < words.size(); i++) {
            jpql.setParameter("word" + i, words.get(i));
        }
        if (query.type() != null) {
            jpql.setParameter("type", query.type());
        }
    }
}
