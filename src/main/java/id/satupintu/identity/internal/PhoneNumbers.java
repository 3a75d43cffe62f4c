package id.satupintu.identity.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indonesian mobile numbers as people type them (0812-3456-789, +62 812 3456 789, 62812...) to E.164.
 * Mobile subscriber numbers start with 8 and have 9 to 12 digits after the country code.
 */
final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");
    private static final Pattern E164_ID_MOBILE = Pattern.compile("\\+628\\d{8,11}");

    private PhoneNumbers() {
    }

    static Optional<String> normalise(String raw) {
        String digits = SEPARATORS.matcher(raw.trim()).replaceAll("");
        if (digits.startsWith("08")) {
            digits = "+62" + digits.substring(1);
        } else if (digits.startsWith("628")) {
            digits = "+" + digits;
        }
        return E164_ID_MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
