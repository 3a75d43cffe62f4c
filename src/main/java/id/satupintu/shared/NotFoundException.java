package id.satupintu.shared;

/** The object does not exist, or exists but the caller may not know that it does (answered the same way). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what + " " + id + " not found");
    }
}
