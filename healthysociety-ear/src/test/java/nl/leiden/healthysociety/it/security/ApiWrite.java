package nl.leiden.healthysociety.it.security;

import java.util.Collection;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.leiden.healthysociety.it.support.Api;

/**
 * One row of the access-control table: a write operation of the REST API as its OpenAPI document names it (method
 * and path template), the concrete request that attempts it on the victim organisation's data, and what an
 * anonymous visitor and a partner of another organisation must get. The body is one that a caller with the right
 * would get accepted, so a refusal shows the authorisation check and not the input check.
 *
 * @param method POST, PUT, PATCH or DELETE
 * @param template the path as the OpenAPI document lists it, such as {@code /api/intranet/initiatives/{id}}
 * @param path the concrete path, ids filled in from the fixtures
 * @param body the request body, or null for none
 * @param anonymous the status an anonymous visitor must get
 * @param otherPartner the status the partner of another organisation must get
 * @param openBecause why anyone may call it, for operations that need no account; null for the others
 * @param designedWrites the tables the call may change because writing there is its purpose (asking a question);
 *            empty for every refused attempt
 */
record ApiWrite(String method, String template, String path, JsonObject body, int anonymous, int otherPartner,
        String openBecause, Set<String> designedWrites) {

    static final int UNAUTHORIZED = 401;
    static final int FORBIDDEN = 403;
    /** Deliberately "not found": the application hides the object, or the code leads nowhere. */
    static final int HIDDEN = 404;

    /** A write for accounts only: a visitor must log in, the other organisation's partner gets this status. */
    static ApiWrite forAccounts(String method, String template, String path, JsonObject body, int otherPartner) {
        return new ApiWrite(method, template, path, body, UNAUTHORIZED, otherPartner, null, Set.of());
    }

    /** A write anyone may call: both attempts get this status (a guessed code, a hidden object, the designed answer). */
    static ApiWrite open(String method, String template, String path, JsonObject body, int status,
            String because) {
        return new ApiWrite(method, template, path, body, status, status, because, Set.of());
    }

    /** The same row, whose purpose is a new record in these tables even for this caller. */
    ApiWrite writing(String... tables) {
        return new ApiWrite(method, template, path, body, anonymous, otherPartner, openBecause, Set.of(tables));
    }

    /** The operation as the OpenAPI document names it, such as {@code PUT /api/intranet/initiatives/{id}}. */
    String operation() {
        return method + " " + template;
    }

    Api.Response send(Api caller) {
        return switch (method) {
            case "POST" -> caller.post(path, body);
            case "PUT" -> caller.put(path, body == null ? JsonValue.EMPTY_JSON_OBJECT : body);
            case "DELETE" -> caller.delete(path);
            default -> throw new IllegalArgumentException("No client call for " + method);
        };
    }

    @Override
    public String toString() {
        return operation();
    }

    /** A JSON object from keys and values: text, numbers, booleans, arrays, objects or their builders. */
    static JsonObject object(Object... keysAndValues) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.add((String) keysAndValues[i], value(keysAndValues[i + 1]));
        }
        return builder.build();
    }

    static JsonArray array(Object... values) {
        JsonArrayBuilder builder = Json.createArrayBuilder();
        for (Object value : values) {
            builder.add(value(value));
        }
        return builder.build();
    }

    private static JsonValue value(Object value) {
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof JsonObjectBuilder builder) {
            return builder.build();
        }
        if (value instanceof JsonArrayBuilder builder) {
            return builder.build();
        }
        if (value instanceof Collection<?> values) {
            return array(values.toArray());
        }
        if (value instanceof String text) {
            return Json.createValue(text);
        }
        if (value instanceof Integer number) {
            return Json.createValue(number);
        }
        if (value instanceof Long number) {
            return Json.createValue(number);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value != null && value.getClass().getPackageName().startsWith("java.time")) {
            return Json.createValue(value.toString());
        }
        throw new IllegalArgumentException("No JSON for " + value);
    }
}
