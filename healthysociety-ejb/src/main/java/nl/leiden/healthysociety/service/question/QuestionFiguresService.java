package nl.leiden.healthysociety.service.question;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.question.QuestionRepository;
import nl.leiden.healthysociety.domain.question.QuestionStatus;

/** The Meeting Point's figures for the Center's staff; counted in the database, so any number of questions. */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER})
public class QuestionFiguresService {

    @Inject
    QuestionRepository questions;

    @Inject
    MeetingPointSettings settings;

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    public QuestionFigures figures() {
        Instant now = Instant.now();
        List<QuestionFigures.Count> byStatus = Arrays.stream(QuestionStatus.values())
                .map(status -> new QuestionFigures.Count(status.name(), em.createQuery(
                        "select count(q) from Question q where q.status = :status", Long.class)
                        .setParameter("status", status)
                        .getSingleResult()))
                .toList();
        long total = byStatus.stream().mapToLong(QuestionFigures.Count::count).sum();
        List<QuestionSummary> waiting = questions.waitingSince(now.minus(settings.waitingLimit()))
                .stream()
                .map(question -> QuestionDeskService.summary(question, settings.waitingLimit(), now))
                .toList();
        return new QuestionFigures(total, byStatus,
                counts("select t.name, count(q) from Question q left join q.theme t group by t.name"),
                counts("select a.name, count(q) from Question q left join q.area a group by a.name"),
                duration("firstAnsweredAt"), duration("closedAt"), settings.waitingDays(), waiting);
    }

    private List<QuestionFigures.Count> counts(String jpql) {
        return em.createQuery(jpql, Object[].class)
                .getResultStream()
                .map(row -> new QuestionFigures.Count((String) row[0], (Long) row[1]))
                .sorted((a, b) -> Long.compare(b.count(), a.count()))
                .toList();
    }

    /** From coming in to the given moment, over the questions that reached it. */
    private QuestionFigures.Duration duration(String moment) {
        double[] hours = em.createQuery("select q.createdAt, q." + moment + " from Question q where q." + moment
                + " is not null", Object[].class)
                .getResultStream()
                .mapToDouble(row -> java.time.Duration.between((Instant) row[0], (Instant) row[1]).toMinutes() / 60.0)
                .sorted()
                .toArray();
        if (hours.length == 0) {
            return new QuestionFigures.Duration(0, null, null);
        }
        double median = hours.length % 2 == 1
                ? hours[hours.length / 2]
                : (hours[hours.length / 2 - 1] + hours[hours.length / 2]) / 2;
        return new QuestionFigures.Duration(hours.length, round(median), round(Arrays.stream(hours).average()
                .orElseThrow()));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
