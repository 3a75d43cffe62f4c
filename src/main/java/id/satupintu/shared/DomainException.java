package id.satupintu.shared;

/**
 * Base of the few exceptions that cross module boundaries. The message key names a text in the message bundles
 * (shown to people in their language); the detail is an English fallback for logs and API clients.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final String detail;
    private final Object[] arguments;

    protected DomainException(String messageKey, String detail, Object... arguments) {
        super(detail);
        this.messageKey = messageKey;
        this.detail = detail;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The English detail, never null (unlike {@link Throwable#getMessage()} in general). */
    @Override
    public String getMessage() {
        return detail;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
