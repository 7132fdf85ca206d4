package nl.leiden.healthysociety.domain.shared;

/** The caller's role or organisation does not allow this action on this record. */
public class NotAllowedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotAllowedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
