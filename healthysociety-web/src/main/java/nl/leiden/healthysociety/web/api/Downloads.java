package nl.leiden.healthysociety.web.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.leiden.healthysociety.service.exchange.ExportFile;

/**
 * A file as a download. The name may come from a user's upload, so the header carries a plain ASCII fallback
 * (without quotes or control characters) and the real name encoded as RFC 6266 prescribes.
 */
final class Downloads {

    private Downloads() {
    }

    static Response of(ExportFile file) {
        String fallback = file.fileName().replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
