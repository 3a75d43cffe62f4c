package id.satupintu.shared;

/** A rate limit was hit; answered 429. */
public class TooManyRequestsException extends DomainException {

    public TooManyRequestsException(String messageKey, String detail, Object... arguments) {
        super(messageKey, detail, arguments);
    }
}
