package nl.leiden.healthysociety.web.platform;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers on every response: no MIME sniffing, no framing by other sites, no referrer to other sites,
 * no camera, microphone or location, and HSTS when served over HTTPS. Pages get their Content-Security-Policy from
 * PrimeFaces (with a nonce per response, see web.xml); everything else (the REST API, files, resources) gets a policy
 * that lets nothing run or load. The request's id ({@link RequestIds}) goes back in its header, for the service desk.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST,
        DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** For what is not a page: JSON, downloads, calendar files. Nothing in them may run, load or be framed. */
    static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestIds.of(request);
        if (requestId != null) {
            response.setHeader(RequestIds.HEADER, requestId);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        chain.doFilter(request, response);
    }
}
