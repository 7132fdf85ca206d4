package nl.leiden.healthysociety.service.question;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import nl.leiden.healthysociety.domain.question.Question;
import nl.leiden.healthysociety.domain.question.QuestionAttachment;
import nl.leiden.healthysociety.domain.question.QuestionDecision;
import nl.leiden.healthysociety.domain.question.QuestionMessage;
import nl.leiden.healthysociety.domain.question.QuestionRepository;
import nl.leiden.healthysociety.domain.question.QuestionStatus;

/** Questions and their history in the database. */
@ApplicationScoped
public class JpaQuestionRepository implements QuestionRepository {

    private static final List<QuestionStatus> OPEN = QuestionStatus.open();

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
        StringBuilder jpql = new StringBuilder("select q from Question q where 1 = 1");
        if (!statuses.isEmpty()) {
            jpql.append(" and q.status in :statuses");
        }
        if (organisationId != null || accountId != null) {
            jpql.append(" and (exists (select 1 from Question a join a.organisations o where a = q"
                    + " and o.id = :organisation) or q.assignee.id = :account)");
        }
        jpql.append(" order by q.createdAt desc, q.id desc");
        TypedQuery<Question> query = em.createQuery(jpql.toString(), Question.class);
        if (!statuses.isEmpty()) {
            query.setParameter("statuses", statuses);
        }
        if (organisationId != null || accountId != null) {
            query.setParameter("organisation", organisationId == null ? -1L : organisationId)
                    .setParameter("account", accountId == null ? -1L : accountId);
        }
        return query.getResultList();
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
