package id.satupintu.shared;

import org.jspecify.annotations.Nullable;

/** Input that breaks a rule the caller can fix; answered 400 with the field (if any) named. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String messageKey, String detail, Object... arguments) {
        this(null, messageKey, detail, arguments);
    }

    public InvalidInputException(@Nullable String field, String messageKey, String detail, Object... arguments) {
        super(messageKey, detail, arguments);
        this.field = field == null ? "" : field;
    }

    /** The input field at fault, or an empty string when the whole request is. */
    public String field() {
        return field;
    }
}
