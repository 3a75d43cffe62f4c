package id.satupintu.catalog;

import java.util.List;

/**
 * A field of a submitted form that breaks its schema: the field (JSON pointer without the leading slash, e.g.
 * {@code namaAnak}), a message-bundle key and its arguments, so the page can say it in the applicant's language.
 */
public record FormError(String field, String messageKey, List<Object> arguments) {

    public FormError {
        arguments = List.copyOf(arguments);
    }
}
