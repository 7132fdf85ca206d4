package nl.leiden.healthysociety.service.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leiden.healthysociety.domain.account.Account;
import nl.leiden.healthysociety.domain.account.AccountRepository;
import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationRepository;
import nl.leiden.healthysociety.domain.question.Asker;
import nl.leiden.healthysociety.domain.question.AskerKind;
import nl.leiden.healthysociety.domain.question.Question;
import nl.leiden.healthysociety.domain.question.QuestionDecision;
import nl.leiden.healthysociety.domain.question.QuestionMessage;
import nl.leiden.healthysociety.domain.question.QuestionMessageKind;
import nl.leiden.healthysociety.domain.question.QuestionPriority;
import nl.leiden.healthysociety.domain.question.QuestionStatus;
import nl.leiden.healthysociety.domain.reference.Area;
import nl.leiden.healthysociety.domain.reference.Theme;
import nl.leiden.healthysociety.service.meeting.LeidenTime;

/**
 * Demo questions for the Meeting Point, one in each state: a new one that has waited too long, one passed to the
 * GGD with an internal note, an answered one, one that became a Kenniscafé topic, and a closed one. The askers
 * are made up and their addresses are on example.org, so demo mail never reaches anyone.
 */
@ApplicationScoped
public class DemoQuestions {

    @PersistenceContext(unitName = "healthysociety")
    EntityManager em;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    /** Adds the demo questions when there are none yet; returns how many. */
    int load() {
        if (em.createQuery("select count(q) from Question q", Long.class).getSingleResult() > 0) {
            return 0;
        }
        Instant now = Instant.now();
        Theme health = theme("GEZONDHEID_WELZIJN");
        Organisation ggd = organisations.findByName("GGD Hollands Midden").orElseThrow();
        Account medewerker = accounts.findByUsername("medewerker").orElse(null);

        Question waiting = question(new Asker("Henk Demo", "henk.demo@example.org", AskerKind.INWONER, null), health,
                area("Stevenshofdistrict"), "Mijn moeder (84) woont alleen en komt de deur bijna niet meer uit. Zijn er"
                        + " in de Stevenshof activiteiten waar ze makkelijk naartoe kan?",
                now.minus(Duration.ofDays(8)));
        waiting.changePriority(QuestionPriority.HOOG);

        Question passed = question(new Asker("Sanne Demo", "sanne.demo@example.org", AskerKind.INITIATIEFNEMER,
                "Buurtmoestuin Merenwijk"), health, area("Merenwijkdistrict"),
                "Wij willen met onze buurtmoestuin"
                        + " kinderen leren over gezond eten. Welke partner kan ons helpen met lesmateriaal?",
                now.minus(Duration.ofDays(3)));
        passed.assign(Set.of(ggd), null);
        em.persist(new QuestionMessage(passed, QuestionMessageKind.GEBEURTENIS, "Doorverwezen naar: GGD Hollands"
                + " Midden", medewerker, null, now.minus(Duration.ofDays(2))));
        em.persist(new QuestionMessage(passed, QuestionMessageKind.NOTITIE, "Past bij het programma Gezonde"
                + " School; contact via de jeugdgezondheidszorg.", medewerker, null, now.minus(Duration.ofDays(2))));

        Question answered = question(new Asker("Ayoub Demo", "ayoub.demo@example.org", AskerKind.STUDENT,
                "Hogeschool Leiden"), theme("KENNISSTAD_BREED"), null,
                "Ik zoek voor mijn afstudeeronderzoek een"
                        + " initiatief rond bewegen voor jongeren. Met wie kan ik contact opnemen?",
                now.minus(Duration.ofDays(10)));
        em.persist(new QuestionMessage(answered, QuestionMessageKind.AAN_VRAAGSTELLER, "Bekijk de initiatieven"
                + " onder het thema bewegen op de kaart van het Center; Leren met de Stad zoekt ook studenten.",
                medewerker, null, now.minus(Duration.ofDays(7))));
        answered.answered(now.minus(Duration.ofDays(7)));

        Question topic = question(new Asker("Lotte Demo", "lotte.demo@example.org", AskerKind.PROFESSIONAL,
                "Kinderopvang De Vlinder"), health, null,
                "Veel ouders vragen ons naar gezonde traktaties. Is daar"
                        + " een bijeenkomst over?",
                now.minus(Duration.ofDays(20)));
        topic.link(null, null, "Gezonde traktaties en voeding in de kinderopvang");
        em.persist(new QuestionDecision(topic, LocalDate.now(LeidenTime.ZONE).minusDays(14),
                "Wordt onderwerp van een Kenniscafé"
                        + " in het voorjaar; GGD en Hogeschool Leiden bereiden het voor.",
                medewerker,
                now.minus(Duration.ofDays(14))));
        topic.changeStatus(QuestionStatus.IN_BEHANDELING, now.minus(Duration.ofDays(14)));

        Question closed = question(new Asker("Joost Demo", "joost.demo@example.org", AskerKind.INWONER, null),
                null, area("Binnenstad-Noord"), "Waar vind ik het preventieakkoord van Leiden?",
                now.minus(Duration.ofDays(40)));
        em.persist(new QuestionMessage(closed, QuestionMessageKind.AAN_VRAAGSTELLER, "Het preventieakkoord staat op"
                + " de pagina Preventieakkoord van deze site.", medewerker, null, now.minus(Duration.ofDays(39))));
        closed.answered(now.minus(Duration.ofDays(39)));
        closed.changeStatus(QuestionStatus.GESLOTEN, now.minus(Duration.ofDays(38)));
        return 5;
    }

    private Question question(Asker asker, Theme theme, Area area, String text, Instant askedAt) {
        int consent = em.createQuery("select max(c.version) from ConsentText c where c.purpose = 'QUESTION'",
                Integer.class)
                .getSingleResult();
        Question question = new Question(asker, theme, area, text, "nl", consent, Tokens.next(), null, askedAt);
        em.persist(question);
        return question;
    }

    private Theme theme(String code) {
        return em.createQuery("select t from Theme t where t.code = :code", Theme.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Area area(String name) {
        return em.createQuery("select a from Area a where a.name = :name", Area.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
