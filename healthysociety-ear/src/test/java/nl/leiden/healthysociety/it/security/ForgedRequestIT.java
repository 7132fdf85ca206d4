package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.leiden.healthysociety.it.support.DemoAccount;
import nl.leiden.healthysociety.it.support.PageSession;
import nl.leiden.healthysociety.it.support.ServerTest;
import nl.leiden.healthysociety.it.support.TestData;
import nl.leiden.healthysociety.it.support.TestDatabase;
import nl.leiden.healthysociety.it.support.TestMail;

/**
 * Forged requests change nothing: a screen's form posted without its view state, or with one taken from another
 * session, is refused; an API write that rides on a logged-in session is refused when it comes from another site or
 * does not say where it comes from. Each has a control that shows the same request, done properly, does work.
 */
class ForgedRequestIT extends ServerTest {

    @Test
    void aFormPostedWithoutOrWithAnotherSessionsViewStateChangesNothing() {
        long id = TestData.ask(anonymous(), TestData.questionJson("Vervalst", TestMail.address("Vervalst")).build());
        PageSession medewerker = new PageSession(baseUrl).login(DemoAccount.MEDEWERKER);
        PageSession other = new PageSession(baseUrl).login(DemoAccount.BEHEERDER);
        String page = medewerker.get("intranet/vraag?id=" + id).body();
        String action = medewerker.formAction(page, "note");
        String otherSessionsState = PageSession.viewState(other.get("intranet/vraag?id=" + id).body());

        String nonce = PageSession.nonce(page);
        HttpResponse<String> missing = medewerker.post(action, note("Zonder view state", null, nonce));
        HttpResponse<String> replayed = medewerker.post(action,
                note("Met andermans view state", otherSessionsState, nonce));

        assertEquals(0, notes(id), "a forged post added a note");
        assertTrue(missing.statusCode() >= 400 || missing.body().contains("verlopen"), missing.body());
        assertTrue(replayed.statusCode() >= 400 || replayed.body().contains("verlopen"), replayed.body());
        medewerker.post(action, note("Met de eigen view state", PageSession.viewState(page), nonce));
        assertEquals(1, notes(id), "the control: the same post with its own view state adds the note");
        HttpResponse<String> noNonce = medewerker.post(action,
                note("Zonder script-nonce", PageSession.viewState(page), null));
        assertEquals(400, noNonce.statusCode(), "a post without the page's nonce gets the expired page, not a 500");
    }

    @Test
    void anApiWriteOnASessionFromAnotherSiteOrWithoutOriginIsRefused() {
        PageSession beheerder = new PageSession(baseUrl).login(DemoAccount.BEHEERDER);
        String own = baseUrl.getProtocol() + "://" + baseUrl.getAuthority();

        assertEquals(403, beheerder.postJson("api/beheer/jobs/mail", "{}", "Origin", "https://aanvaller.example")
                .statusCode());
        assertEquals(403, beheerder.postJson("api/beheer/jobs/mail", "{}", "Referer", "https://aanvaller.example/x")
                .statusCode());
        assertEquals(403, beheerder.postJson("api/beheer/jobs/mail", "{}").statusCode());
        assertEquals(200, beheerder.postJson("api/beheer/jobs/mail", "{}", "Origin", own).statusCode());
        assertEquals(200, api(DemoAccount.BEHEERDER).post("api/beheer/jobs/mail", null).status(),
                "programs with their own credentials need no origin");
    }

    private static Map<String, String> note(String text, String viewState, String nonce) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("note", "note");
        fields.put("note:text", text);
        fields.put("note:save", "");
        if (viewState != null) {
            fields.put("jakarta.faces.ViewState", viewState);
        }
        if (nonce != null) {
            fields.put(PageSession.NONCE_FIELD, nonce);
        }
        return fields;
    }

    private static long notes(long questionId) {
        return TestDatabase.number("select count(*) from question_message where question_id = ? and kind = 'NOTITIE'",
                questionId);
    }
}
