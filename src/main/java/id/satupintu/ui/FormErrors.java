package id.satupintu.ui;

import id.satupintu.shared.DomainException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.InvalidInputsException;

import java.util.List;
import java.util.Optional;

/**
 * What went wrong in a submitted form, in the person's language: shown as an error summary at the top (each
 * entry linking to its field) and next to each field, the GOV.UK way.
 */
public record FormErrors(List<Entry> entries) {

    /**
     * @param message shown next to the field
     * @param summary shown in the error summary, where the field's label is not in sight (GOV.UK: "Nama anak: wajib
     *                diisi", not a list of identical "wajib diisi")
     */
    public record Entry(String field, String message, String summary) {

        public Entry(String field, String message) {
            this(field, message, message);
        }
    }

    public FormErrors {
        entries = List.copyOf(entries);
    }

    public static FormErrors none() {
        return new FormErrors(List.of());
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors(List.of(new Entry(field, message)));
    }

    /** A refused domain action as form errors; errors about the whole form attach to {@code fallbackField}. */
    public static FormErrors from(DomainException exception, I18n t, String fallbackField) {
        if (exception instanceof InvalidInputsException several) {
            return new FormErrors(several.problems().stream()
                    .map(problem -> new Entry(problem.field().isEmpty() ? fallbackField : problem.field(),
                            t.m(problem.messageKey(), problem.arguments())))
                    .toList());
        }
        String field = exception instanceof InvalidInputException invalid && !invalid.field().isEmpty()
                ? invalid.field() : fallbackField;
        return of(field, t.m(exception.messageKey(), exception.arguments()));
    }

    public boolean any() {
        return !entries.isEmpty();
    }

    public Optional<String> of(String field) {
        return entries.stream().filter(entry -> entry.field().equals(field)).map(Entry::message).findFirst();
    }

    /** The message for a field, or an empty string: convenient in templates. */
    public String message(String field) {
        return of(field).orElse("");
    }

    public boolean has(String field) {
        return of(field).isPresent();
    }
}
