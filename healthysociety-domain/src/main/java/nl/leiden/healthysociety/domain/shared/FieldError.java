package nl.leiden.healthysociety.domain.shared;

import java.io.Serializable;
import java.util.Map;

/**
 * One rejected field: the field name as the command calls it, the message key and the values the message refers to
 * (such as {@code max} for a length).
 */
public record FieldError(String field, String messageKey, Map<String, Object> attributes) implements Serializable {

    public FieldError {
        attributes = Map.copyOf(attributes);
    }

    public static FieldError of(String field, String messageKey) {
        return new FieldError(field, messageKey, Map.of());
    }
}
