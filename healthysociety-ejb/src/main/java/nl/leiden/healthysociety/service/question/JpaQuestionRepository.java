package nl.leiden.healthysociety.service.question;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import nl.leiden.healthysociety.domain.question.Question;
import nl.leiden.healthysociety.domain.question.QuestionAttachment;
import nl.leiden.healthysociety.domain.question.QuestionDecision;
import nl.leiden.healthysociety.domain.question.QuestionMessage;
import nl.leiden.healthysociety.domain.question.QuestionQuery;
import nl.leiden.healthysociety.domain.question.QuestionRepository;
import nl.leiden.healthysociety.domain.question.QuestionStatus;

/** Questions and their history in the database. */
@ApplicationScoped
public class JpaQuestionRepository implements QuestionRepository {

    private static final List<QuestionStatus> OPEN = QuestionStatus.open();
    /** The inbox's order; the id breaks ties between questions that came in at the same moment. */
    private static final String NEWEST_FIRST = " order by q.createdAt desc, q.id desc";

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @Override
    public Optional<Question> find(long id) {
        return Optional.ofNullable(em.find(Question.class, id));
    }

    @Override
    public Optional<Question> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select q from Question q where q.token = :token", Question.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Question> list(Collection<QuestionStatus> statuses, Long organisationId, Long accountId) {
        QuestionQuery query = new QuestionQuery(Set.copyOf(statuses), null, null, null, organisationId, accountId);
        TypedQuery<Question> jpql = em.createQuery("select q from Question q" + where(query) + NEWEST_FIRST,
                Question.class);
        return bind(jpql, query).getResultList();
    }

    @Override
    public List<Question> page(QuestionQuery query, int first, int max) {
        // The to-one associations join into the page's own query (they add no rows, so the database still pages);
        // the organisations, a to-many, follow in one query for the page's ids, never one per question.
        TypedQuery<Question> jpql = em.createQuery("select q from Question q left join fetch q.theme"
                + " left join fetch q.area left join fetch q.assignee" + where(query) + NEWEST_FIRST, Question.class);
        List<Question> page = bind(jpql, query).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultList();
        if (!page.isEmpty()) {
            em.createQuery("select distinct q from Question q left join fetch q.organisations where q.id in :ids",
                    Question.class)
                    .setParameter("ids", page.stream().map(Question::getId).toList())
                    .getResultList();
        }
        return page;
    }

    @Override
    public long count(QuestionQuery query) {
        return bind(em.createQuery("select count(q) from Question q" + where(query), Long.class), query)
                .getSingleResult();
    }

    private static String where(QuestionQuery query) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        if (!query.statuses().isEmpty()) {
            jpql.append(" and q.status in :statuses");
        }
        if (query.themeId() != null) {
            jpql.append(" and q.theme.id = :theme");
        }
        if (query.priority() != null) {
            jpql.append(" and q.priority = :priority");
        }
        if (query.waitingSinceBefore() != null) {
            jpql.append(" and q.waitingSince < :waitingBefore");
        }
        if (query.heldOnly()) {
            jpql.append(" and (exists (select 1 from Question a join a.organisations o where a = q"
                    + " and o.id = :organisation) or q.assignee.id = :account)");
        }
        return jpql.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> jpql, QuestionQuery query) {
        if (!query.statuses().isEmpty()) {
            jpql.setParameter("statuses", query.statuses());
        }
        if (query.themeId() != null) {
            jpql.setParameter("theme", query.themeId());
        }
        if (query.priority() != null) {
            jpql.setParameter("priority", query.priority());
        }
        if (query.waitingSinceBefore() != null) {
            jpql.setParameter("waitingBefore", query.waitingSinceBefore());
        }
        if (query.heldOnly()) {
            // -1 matches no row: a partner without an organisation holds only what is assigned to it in person.
            jpql.setParameter("organisation", query.heldByOrganisationId() == null ? -1L : query.heldByOrganisationId())
                    .setParameter("account", query.heldByAccountId() == null ? -1L : query.heldByAccountId());
        }
        return jpql;
    }

    @Override
    public List<Question> waitingSince(Instant before) {
        return em.createQuery("select q from Question q where q.status in :open and q.waitingSince < :before"
                + " order by q.waitingSince", Question.class)
                .setParameter("open", OPEN)
                .setParameter("before", before)
                .getResultList();
    }

    @Override
    public List<Question> closedBefore(Instant before) {
        return em.createQuery("select q from Question q where q.status = :closed and q.closedAt < :before"
                + " and q.anonymisedAt is null order by q.id", Question.class)
                .setParameter("closed", QuestionStatus.GESLOTEN)
                .setParameter("before", before)
                .getResultList();
    }

    @Override
    public List<Question> byEmail(String emailKey) {
        return em.createQuery("select q from Question q where q.askerEmailKey = :key order by q.createdAt",
                Question.class)
                .setParameter("key", emailKey)
                .getResultList();
    }

    @Override
    public List<QuestionMessage> messages(Question question) {
        return em.createQuery("select m from QuestionMessage m where m.question = :question"
                + " order by m.createdAt, m.id", QuestionMessage.class)
                .setParameter("question", question)
                .getResultList();
    }

    @Override
    public List<AttachmentInfo> attachments(Question question) {
        return em.createQuery("select a.id, a.fileName, a.contentType, a.size from QuestionAttachment a"
                + " where a.question = :question order by a.id", Object[].class)
                .setParameter("question", question)
                .getResultStream()
                .map(row -> new AttachmentInfo((Long) row[0], (String) row[1], (String) row[2], (Long) row[3]))
                .toList();
    }

    @Override
    public Optional<QuestionAttachment> attachment(long id) {
        return Optional.ofNullable(em.find(QuestionAttachment.class, id));
    }

    @Override
    public List<QuestionDecision> decisions(Question question) {
        return em.createQuery("select d from QuestionDecision d where d.question = :question"
                + " order by d.meetingDate, d.id", QuestionDecision.class)
                .setParameter("question", question)
                .getResultList();
    }

    @Override
    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    @Override
    public int deleteAttachments(Question question) {
        return em.createQuery("delete from QuestionAttachment a where a.question = :question")
                .setParameter("question", question)
                .executeUpdate();
    }
}
