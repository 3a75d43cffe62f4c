package id.satupintu.shared;

/** Something the request needs (a mail server, a gateway) is not reachable now; answered 503, worth a retry. */
public class UnavailableException extends DomainException {

    public UnavailableException(String messageKey, String detail, Object... arguments) {
        super(messageKey, detail, arguments);
    }
}
