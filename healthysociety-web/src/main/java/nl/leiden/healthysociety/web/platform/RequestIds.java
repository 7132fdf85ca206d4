package nl.leiden.healthysociety.web.platform;

import java.security.SecureRandom;
import java.util.regex.Pattern;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives every request an id and puts it into the name of the thread that serves it, for as long as it serves it.
 * Payara writes the thread name into every log line (ODL and JSON alike), so every line logged while a request is
 * served carries its id: the application's own lines, the security log, and the container's, also those of the login
 * step, which runs before any filter. The id comes from the {@value #HEADER} header when a proxy in front set a
 * well-formed one (nginx: {@code $request_id}), so one id follows a request through proxy and instances; otherwise
 * a new one is made. {@link SecurityHeaders} returns it in the same header.
 */
@WebListener
public class RequestIds implements ServletRequestListener {

    public static final String HEADER = "X-Request-Id";

    static final String MARKER = " request=";

    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        ServletRequest request = event.getServletRequest();
        String given = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
        String id = given != null && WELL_FORMED.matcher(given).matches() ? given : newId();
        request.setAttribute(ATTRIBUTE, id);
        Thread thread = Thread.currentThread();
        thread.setName(withId(thread.getName(), id));
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        Thread thread = Thread.currentThread();
        thread.setName(withoutId(thread.getName()));
    }

    /** The id of the request, or null outside one. */
    public static String of(ServletRequest request) {
        return (String) request.getAttribute(ATTRIBUTE);
    }

    /** The thread name with this request's id, replacing one left by an earlier request. */
    static String withId(String threadName, String id) {
        return withoutId(threadName) + MARKER + id;
    }

    static String withoutId(String threadName) {
        int marker = threadName.indexOf(MARKER);
        return marker < 0 ? threadName : threadName.substring(0, marker);
    }

    private static String newId() {
        char[] id = new char[16];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
