package nl.leiden.healthysociety.web.api;

import jakarta.ws.rs.BadRequestException;

/** Checks on request bodies that the resources share. */
final class RequestBodies {

    private RequestBodies() {
    }

    /** The body, or a 400 when the request had none (JSON-B gives null for an empty body). */
    static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
