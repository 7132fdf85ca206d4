package nl.leiden.healthysociety.domain.shared;

import java.util.List;

/** Input was rejected; nothing was stored. Carries one error per rejected field. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> fieldErrors;

    public InvalidInputException(List<FieldError> fieldErrors) {
        super("error.invalidInput");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public InvalidInputException(FieldError fieldError) {
        this(List.of(fieldError));
    }

    public List<FieldError> getFieldErrors() {
        return fieldErrors;
    }
}
