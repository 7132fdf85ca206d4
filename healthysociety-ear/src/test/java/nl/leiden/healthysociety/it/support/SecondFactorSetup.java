package nl.leiden.healthysociety.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sets up two-step verification on its page, as a person does with an authenticator app. */
public final class SecondFactorSetup {

    public static final String PAGE = "intranet/tweestapsverificatie";
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");

    private SecondFactorSetup() {
    }

    /** Sets it up for the account logged in on this session; the key, for the tests' authenticator app. */
    public static String enrol(PageSession session) {
        HttpResponse<String> page = session.get(PAGE);
        String key = secretOn(page.body());
        HttpResponse<String> done = submit(session, page.body(), TestTotp.now(key));
        assertEquals("/intranet/start", done.uri().getPath(), "set up, on to the start page");
        return key;
    }

    /** Sends the set-up form of this page with this code; the page that follows. */
    public static HttpResponse<String> submit(PageSession session, String page, String code) {
        Map<String, String> fields = form("setup", page);
        fields.put("setup:code", code);
        fields.put("setup:enrol", "");
        return session.post(session.formAction(page, "setup"), fields);
    }

    /** The key the page shows, without the spaces between its groups. */
    public static String secretOn(String page) {
        Matcher matcher = SECRET.matcher(page);
        assertTrue(matcher.find(), "the page shows the key");
        return matcher.group(1).replace(" ", "");
    }

    /** The fields every post of this form carries: its id, the view state and the script nonce. */
    public static Map<String, String> form(String id, String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(id, id);
        fields.put("jakarta.faces.ViewState", PageSession.viewState(page));
        fields.put(PageSession.NONCE_FIELD, PageSession.nonce(page));
        return fields;
    }
}
