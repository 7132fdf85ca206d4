package nl.leiden.healthysociety.service.platform;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import nl.leiden.healthysociety.domain.shared.FieldError;
import nl.leiden.healthysociety.domain.shared.InvalidInputException;

/**
 * Checks a command's Bean Validation constraints and turns violations into one {@link InvalidInputException}.
 * Services call it first thing, so screens, REST and batch jobs get the same messages, and since the exception is
 * a business exception it reaches the caller as itself (container method validation would wrap it in an
 * EJBException).
 */
@ApplicationScoped
public class CommandValidator {

    private static final Set<String> MESSAGE_ATTRIBUTES = Set.of("max", "min", "value");

    @Inject
    Validator validator;

    public void validate(Object command) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(CommandValidator::toFieldError)
                    .distinct()
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::messageKey))
                    .toList());
        }
    }

    static FieldError toFieldError(ConstraintViolation<?> violation) {
        String field = "";
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName() == null ? field : node.getName();
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (MESSAGE_ATTRIBUTES.contains(name)) {
                attributes.put(name, value);
            }
        });
        return new FieldError(field, messageKey(violation.getMessageTemplate()), attributes);
    }

    /** "{validation.required}" becomes "validation.required"; a literal message is kept as it is. */
    static String messageKey(String template) {
        if (template.startsWith("{") && template.endsWith("}")) {
            return template.substring(1, template.length() - 1);
        }
        return template;
    }

    public static List<FieldError> single(String field, String messageKey) {
        return List.of(FieldError.of(field, messageKey));
    }
}
