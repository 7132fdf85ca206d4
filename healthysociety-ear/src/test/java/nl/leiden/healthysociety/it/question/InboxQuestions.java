package nl.leiden.healthysociety.it.question;

import java.util.List;
import java.util.UUID;

import nl.leiden.healthysociety.it.support.TestDatabase;

/**
 * Many open questions at once for the inbox's paging tests, written straight into the database (asking 30 questions
 * through the API would send 30 confirmation mails and take most of a minute). They all came in at the same moment
 * (now() is fixed within a statement), so only the tie-breaker, the id, orders them. Removed again afterwards.
 */
final class InboxQuestions {

    private InboxQuestions() {
    }

    /** Adds this many new questions, asked by someone named after the marker; their ids, newest first. */
    static List<Long> add(String marker, int count) {
        TestDatabase.update("insert into question (version, status, priority, asker_name, asker_email,"
                + " asker_email_key, asker_kind, text, language, consent_version, token, created_at, waiting_since)"
                + " select 0, 'NIEUW', 'NORMAAL', cast(? as varchar), 'inbox-paging@example.invalid',"
                + " 'inbox-paging@example.invalid', 'INWONER', 'Een vraag voor de paginering ' || n, 'nl', 2,"
                + " cast(? as varchar) || '-' || n, now(), now() from generate_series(1, ?) n", marker,
                UUID.randomUUID().toString(), count);
        return ids(marker);
    }

    /** Passes these questions to the organisation, as the Center does. */
    static void assign(List<Long> questions, long organisationId) {
        for (long question : questions) {
            TestDatabase.update("insert into question_organisation (question_id, organisation_id) values (?, ?)",
                    question, organisationId);
            TestDatabase.update("update question set status = 'DOORVERWEZEN' where id = ?", question);
        }
    }

    /** The ids of the questions added under this marker, newest first. */
    static List<Long> ids(String marker) {
        return TestDatabase.numbers("select id from question where asker_name = ? order by id desc", marker);
    }

    static void remove(String marker) {
        TestDatabase.update("delete from question_organisation where question_id in"
                + " (select id from question where asker_name = ?)", marker);
        TestDatabase.update("delete from question where asker_name = ?", marker);
    }

    /** Every question, in the inbox's order, from the database itself: what the API lists without a status. */
    static List<Long> allInOrder() {
        return TestDatabase.numbers("select id from question order by created_at desc, id desc");
    }

    /** The open questions, in the inbox's order, from the database itself: what the inbox page lists at first. */
    static List<Long> openInOrder() {
        return TestDatabase.numbers("select id from question where status in ('NIEUW', 'IN_BEHANDELING',"
                + " 'DOORVERWEZEN') order by created_at desc, id desc");
    }
}
