package nl.leiden.healthysociety.web.api;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A problem response (RFC 9457) with, for rejected input, one entry per field.
 *
 * @param title short, in the caller's language
 * @param status the HTTP status
 * @param detail what went wrong, in the caller's language
 * @param errors the rejected fields, empty otherwise
 */
public record Problem(String title, int status, String detail, List<FieldProblem> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** One rejected field: its name in the request body and the message. */
    public record FieldProblem(String field, String message) {
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
