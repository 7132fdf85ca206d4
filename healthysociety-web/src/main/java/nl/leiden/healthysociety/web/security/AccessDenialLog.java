package nl.leiden.healthysociety.web.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.leiden.healthysociety.service.account.AccountService;

/**
 * Writes every refused request (403, whether a page, the API or the container refused it) to the security event
 * log, with the caller's account, the path and the source address. Long path segments (personal links' codes) are
 * left out, and so is the query string.
 */
@WebFilter(filterName = "AccessDenialLog", urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST,
        DispatcherType.ERROR})
public class AccessDenialLog extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int SEGMENT_MAX = 16;
    private static final String LOGGED = AccessDenialLog.class.getName() + ".logged";

    @Inject
    transient AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        boolean refused = response.getStatus() == HttpServletResponse.SC_FORBIDDEN
                || request.getDispatcherType() == DispatcherType.ERROR
                        && Integer.valueOf(HttpServletResponse.SC_FORBIDDEN)
                                .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        // A refusal on a page is also shown through the error page: one log line for both.
        if (refused && request.getAttribute(LOGGED) == null) {
            request.setAttribute(LOGGED, Boolean.TRUE);
            accounts.logDenied(request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName(),
                    request.getMethod() + " " + path(request), ClientAddress.of(request));
        }
    }

    /** The path asked for (for an error page, the original one), without long segments. */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String text ? text : request.getRequestURI();
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        return Arrays.stream(path.split("/", -1))
                .map(segment -> segment.length() > SEGMENT_MAX ? "*" : segment)
                .collect(Collectors.joining("/"));
    }
}
