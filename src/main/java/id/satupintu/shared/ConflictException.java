package id.satupintu.shared;

/** The request clashes with the current state (a duplicate, a stale version); answered 409. */
public class ConflictException extends DomainException {

    public ConflictException(String messageKey, String detail, Object... arguments) {
        super(messageKey, detail, arguments);
    }
}
