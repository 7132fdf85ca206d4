package nl.leiden.healthysociety.it.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

/**
 * The script a stored-XSS attack would plant, one distinctive copy per field ({@code xss-KEY} names the field), and
 * the checks on a page: the markup never comes back as markup, and the text does come back, escaped.
 */
final class XssPayload {

    /** Any of the ways an HTML writer may escape a quote. */
    private static final String QUOTE = "(?:'|&#39;|&#x27;|&apos;)";

    /** Markup from any payload, anywhere on a page: never allowed, whichever field it came from. */
    private static final Pattern RAW = Pattern.compile("<script>alert\\(|<img src=x onerror|<b>xss-",
            Pattern.CASE_INSENSITIVE);

    private XssPayload() {
    }

    /** The payload for fields of 100 characters or more: a script, an event handler, and quotes to break out. */
    static String of(String key) {
        return "<script>alert('xss-" + key + "')</script><img src=x onerror=alert(1)>\"'";
    }

    /** For a field of at most 20 characters (an initiative's number). */
    static String shortOf(String key) {
        return "<b>xss-" + key + "</b>";
    }

    /** For a file name, which loses everything up to a slash: the same attack without one. */
    static String fileName(String key) {
        return "<script>alert('xss-" + key + "')<img src=x onerror=alert(1)>.pdf";
    }

    /** For a link (http or https only, no spaces): breaking out of the href attribute, in the path. */
    static String url(String key) {
        return "https://example.org/\"><script>alert('xss-" + key + "')</script>";
    }

    /** For an e-mail address: a quoted local part may hold almost anything and still be a valid address. */
    static String email(String key) {
        return "\"<script>alert('xss-" + key + "')</script>\"@example.org";
    }

    /** The HTML shows the field's text, escaped, and no markup from any payload. */
    static void assertEscaped(String html, String key, String where) {
        assertNoMarkup(html, where);
        assertTrue(escaped(key).matcher(html).find(),
                where + " does not show the text of " + key + " (escaped); so it proves nothing about escaping");
    }

    /** No payload's markup survives on this page. */
    static void assertNoMarkup(String html, String where) {
        var raw = RAW.matcher(html);
        assertFalse(raw.find(), () -> where + " holds unescaped markup: "
                + html.substring(Math.max(0, raw.start() - 200), Math.min(html.length(), raw.end() + 200)));
    }

    private static Pattern escaped(String key) {
        String name = Pattern.quote("xss-" + key);
        return Pattern.compile("&lt;script&gt;alert\\(" + QUOTE + name + QUOTE + "\\)" + "|&lt;b&gt;" + name
                + "&lt;/b&gt;", Pattern.CASE_INSENSITIVE);
    }
}
