package nl.leiden.healthysociety.web.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-site request forgery on the REST API: a write (POST, PUT, PATCH, DELETE) is refused when the browser says it
 * comes from another site (Origin, else Referer), and when it would ride on a session cookie without saying where it
 * comes from. Programs that send their credentials with each request (HTTP Basic) send no cookie a forger could
 * borrow, so they need no origin. Screens are protected by the Faces view state and SameSite cookies.
 */
@WebFilter(filterName = "ApiWriteOrigin", urlPatterns = "/api/*")
public class ApiWriteOrigin extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT)) || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"title\":\"Niet toegestaan\",\"status\":403,\"detail\":"
                + "\"Dit verzoek komt niet van deze website en is daarom geweigerd.\"}");
    }

    private static boolean allowed(HttpServletRequest request) {
        String origin = origin(request);
        if (origin != null) {
            return origin.equals(ownOrigin(request)) || origin.equals(publicOrigin());
        }
        boolean sessionCookie = request.getRequestedSessionId() != null && request.isRequestedSessionIdFromCookie();
        return !sessionCookie || request.getHeader("Authorization") != null;
    }

    /** Where the browser says the request comes from: the Origin header, else the Referer's origin. */
    static String origin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank() && !"null".equals(origin)) {
            return normalise(origin);
        }
        if ("null".equals(origin)) {
            return "null";
        }
        String referer = request.getHeader("Referer");
        return referer == null || referer.isBlank() ? null : normalise(referer);
    }

    private static String ownOrigin(HttpServletRequest request) {
        return normalise(request.getScheme() + "://" + request.getHeader("Host"));
    }

    private static String publicOrigin() {
        return normalise(ConfigProvider.getConfig(ApiWriteOrigin.class.getClassLoader())
                .getOptionalValue("healthysociety.public-url", String.class)
                .orElse("http://localhost:8080/"));
    }

    /** scheme://host[:port] in lower case, with the default port left out; "invalid" for what is no URL. */
    static String normalise(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "invalid";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80
                    || "https".equals(scheme) && port == 443;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }
}
