package nl.leiden.healthysociety.domain.shared;

/** Someone else changed the same record since the caller read it; the caller's change was not stored. */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
