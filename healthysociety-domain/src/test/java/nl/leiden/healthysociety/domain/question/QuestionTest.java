package nl.leiden.healthysociety.domain.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.domain.organisation.Organisation;
import nl.leiden.healthysociety.domain.organisation.OrganisationType;

class QuestionTest {

    private static final Instant ASKED = Instant.parse("2026-11-02T09:00:00Z");

    private static Question question() {
        return new Question(new Asker("Fatima", "fatima@example.org", AskerKind.INWONER, null), null, null,
                "Waar vind ik een beweeggroep?", "nl", 2, "token", null, ASKED);
    }

    @Test
    void erasingAnOpenQuestionClosesItSoItNoLongerWaitsOrReminds() {
        Question question = question();
        Instant erased = ASKED.plus(Duration.ofDays(10));

        question.anonymise(erased);

        assertEquals(QuestionStatus.GESLOTEN, question.getStatus());
        assertEquals(erased, question.getClosedAt());
        assertNull(question.getWaitingSince());
        assertNull(question.getText());
        assertNull(question.getToken());
        assertTrue(question.isAnonymised());
    }

    @Test
    void erasingAClosedQuestionKeepsTheMomentItWasClosed() {
        Question question = question();
        Instant closed = ASKED.plus(Duration.ofDays(3));
        question.changeStatus(QuestionStatus.GESLOTEN, closed);

        question.anonymise(closed.plus(Duration.ofDays(400)));

        assertEquals(closed, question.getClosedAt());
    }

    @Test
    void markingAQuestionAnsweredByHandCountsAsTheFirstAnswer() {
        Question question = question();
        Instant answered = ASKED.plus(Duration.ofDays(2));

        question.changeStatus(QuestionStatus.BEANTWOORD, answered);
        question.changeStatus(QuestionStatus.BEANTWOORD, answered.plus(Duration.ofDays(1)));

        assertEquals(answered, question.getFirstAnsweredAt());
        assertNull(question.getWaitingSince());
    }

    @Test
    void passedOnNeedsSomeoneToBePassedTo() {
        Question question = question();

        question.changeStatus(QuestionStatus.DOORVERWEZEN, ASKED);
        assertEquals(QuestionStatus.IN_BEHANDELING, question.getStatus());

        question.assign(Set.of(new Organisation("GGD Hollands Midden", OrganisationType.ZORG)), null);
        question.changeStatus(QuestionStatus.DOORVERWEZEN, ASKED);
        assertEquals(QuestionStatus.DOORVERWEZEN, question.getStatus());
    }
}
