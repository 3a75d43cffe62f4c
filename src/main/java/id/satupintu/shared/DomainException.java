package id.satupintu.shared;

/**
 * Base of the few exceptions that cross module boundaries. The message key names a text in the message bundles
 * (shown to people in their language); the detail is an English fallback for logs and API clients.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    protected DomainException(String messageKey, String detail, Object... arguments) {
        super(detail);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
