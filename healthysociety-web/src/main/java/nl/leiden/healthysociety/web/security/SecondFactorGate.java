package nl.leiden.healthysociety.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A beheerder who logged in without a second factor can do nothing but set one up: every intranet and beheer page
 * leads to the set-up page, and the API refuses the session's calls, until it is done.
 */
@WebFilter(filterName = "SecondFactorGate", urlPatterns = {"/intranet/*", "/beheer/*", "/api/*"})
public class SecondFactorGate extends HttpFilter {

    /** Session attribute set at login for a caller who must set up a second factor first. */
    static final String SETUP_REQUIRED = SecondFactorGate.class.getName() + ".setupRequired";

    /** The page where one sets up a second factor. */
    static final String SETUP_PAGE = "/intranet/tweestapsverificatie";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SETUP_REQUIRED) == null || isSetupPage(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (LoginMechanism.isApi(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"title\":\"Stel eerst tweestapsverificatie in\",\"status\":403}");
            return;
        }
        response.sendRedirect(request.getContextPath() + SETUP_PAGE);
    }

    private static boolean isSetupPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(SETUP_PAGE) || path.equals(SETUP_PAGE + ".xhtml");
    }

    /** Lifts the gate once the second factor is set up. */
    static void open(HttpSession session) {
        session.removeAttribute(SETUP_REQUIRED);
    }
}
