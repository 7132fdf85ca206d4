package nl.leiden.healthysociety.web.i18n;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /taal?naar=en&terug=/pagina}: remembers the chosen language in a cookie (a functional cookie: no
 * consent needed, no session made) and goes back to the page, which must lie within the application.
 */
@WebServlet(urlPatterns = LanguageChoice.PATH)
public class LanguageChoice extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/taal";
    static final String LANGUAGE = "naar";
    static final String BACK = "terug";
    static final String COOKIE = "taal";
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    /** The language chosen with this switch, or null when none was (or the cookie holds something else). */
    static Locale chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return supported(cookie.getValue());
                }
            }
        }
        return null;
    }

    private static Locale supported(String language) {
        for (Locale locale : Bundle.SUPPORTED) {
            if (locale.getLanguage().equals(language)) {
                return locale;
            }
        }
        return null;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = supported(request.getParameter(LANGUAGE));
        if (language != null) {
            Cookie cookie = new Cookie(COOKIE, language.getLanguage());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.getServletContext().getSessionCookieConfig().isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(back(request));
    }

    /** The page to go back to: a path of this application, never another site. */
    static String back(HttpServletRequest request) {
        String context = request.getContextPath();
        String back = request.getParameter(BACK);
        boolean local = back != null && back.startsWith(context + "/") && !back.startsWith("//")
                && !back.contains("\\") && back.chars().noneMatch(Character::isISOControl)
                && !back.startsWith(context + PATH);
        return local ? back : context + "/";
    }
}
