package id.satupintu.complaints.internal;

import id.satupintu.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The rules for free text people type into complaints (reasons, notes). */
final class Texts {

    static final int MAX_TEXT = 2000;

    private Texts() {
    }

    static String required(String field, @Nullable String value, String key) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, key, "This text is required");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "complaint.text.long", "At most " + MAX_TEXT + " characters", MAX_TEXT);
        }
        return text;
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
