package nl.leiden.healthysociety.web.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetadataBuilder;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Times every request into the metric {@value #NAME} (seconds), labelled with the part of the site it went to and the
 * class of its status code. The labels are a small fixed set, never the path itself, so the number of series stays
 * bounded however many pages and ids there are.
 */
@WebFilter(filterName = "RequestTimings", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestTimings extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String NAME = "healthysociety_http_requests";

    private static final Metadata METADATA = new MetadataBuilder()
            .withName(NAME)
            .withDescription("Time to serve a request, by part of the site (area) and status class (status)")
            .withUnit(MetricUnits.SECONDS)
            .build();

    @Inject
    transient MetricRegistry metrics;

    /** The timers by area and status class: the registry's own lookup is far slower than a map's. */
    private final transient Map<String, Timer> timers = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (metrics == null) {
            // Payara also runs the application's filters for its own /health servlet when the application has the
            // root context, without injecting them: those requests are simply not timed.
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            String area = area(request.getRequestURI().substring(request.getContextPath().length()));
            String status = statusClass(response.getStatus());
            timers.computeIfAbsent(area + " " + status,
                    key -> metrics.timer(METADATA, new Tag("area", area), new Tag("status", status)))
                    .update(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The part of the site a path belongs to. */
    static String area(String path) {
        if (path.startsWith("/api/intranet/") || path.startsWith("/api/beheer/")) {
            return "api_intranet";
        }
        if (path.startsWith("/api/")) {
            return "api_public";
        }
        if (path.startsWith("/intranet/")) {
            return "intranet";
        }
        if (path.startsWith("/beheer/")) {
            return "beheer";
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return "static";
        }
        return "public";
    }

    static String statusClass(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }
}
