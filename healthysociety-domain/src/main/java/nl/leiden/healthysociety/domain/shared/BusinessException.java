package nl.leiden.healthysociety.domain.shared;

import java.util.List;

/**
 * Root of the business errors. It carries a message key (resolved against the resource bundle at the edge, so the
 * person sees it in their own language) and its arguments. The EJB module declares this family an application
 * exception with rollback, so it reaches the caller as itself and nothing half-done is committed.
 * <p>
 * Messages and arguments never hold personal data: the exception text can end up in a log.
 */
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
