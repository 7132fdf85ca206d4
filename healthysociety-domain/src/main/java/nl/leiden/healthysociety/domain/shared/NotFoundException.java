package nl.leiden.healthysociety.domain.shared;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
