package id.satupintu.shared;

import org.jspecify.annotations.Nullable;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A short code a citizen reads off a kiosk receipt or types on a phone to follow an application or a complaint,
 * e.g. {@code PMH-7KQ4M-9XD2K}: a prefix naming the kind (given by the caller: {@code PMH} permohonan, {@code ADU}
 * pengaduan), nine random symbols (45 bits from {@link SecureRandom}) and one check symbol, shown in two groups of
 * five.
 *
 * <p><b>Alphabet.</b> Douglas Crockford's Base32 symbols {@code 0123456789ABCDEFGHJKMNPQRSTVWXYZ}
 * (https://www.crockford.com/base32.html): no I, L or O, which are read as 1 and 0, and no U. Thirty-two symbols
 * give exactly five random bits each. Typed input is read as Crockford prescribes: case is ignored, O counts as 0,
 * I and L as 1, and spaces and dashes are skipped. Pairs such as 2/Z, 5/S or 8/B stay, as in Crockford: they are
 * distinct in print and on screens, and the check symbol turns a misread one into a rejected code rather than
 * someone else's case.
 *
 * <p><b>Check symbol.</b> Damm's algorithm (H. M. Damm, "Totally anti-symmetric quasigroups for all orders
 * n ≠ 2, 6", Discrete Mathematics 307 (2007) 715–729) over the totally anti-symmetric quasigroup of order 32 from
 * his dissertation (Marburg 2004, Beispiel 5.2): {@code x ∗ y = a·x + y} in GF(32) = GF(2)[t]/(t⁵ + t² + 1) with
 * {@code a = t} (the symbol 2), so {@code +} is XOR. The check symbol {@code c} makes
 * {@code (…((0 ∗ d₁) ∗ d₂) … ∗ d₉) ∗ c = 0}. Total anti-symmetry means every single wrong symbol and every swap of
 * two neighbouring symbols (the check symbol included) changes that result, so both are always detected. Crockford's
 * own mod-37 check symbol would need five extra symbols ({@code *~$=U}) that are awkward to read aloud or type.
 *
 * <p>45 random bits make a repeat unlikely but not impossible across millions of cases: store codes under a unique
 * constraint and generate again on conflict.
 */
public record TrackingCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RANDOM_SYMBOLS = 9;
    /** Random symbols plus the check symbol. */
    static final int BODY_LENGTH = RANDOM_SYMBOLS + 1;

    private static final int GROUP = 5;
    /** t⁵ + t² + 1, the reduction polynomial of GF(32). */
    private static final int MODULUS = 0b100101;
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern CANONICAL = Pattern.compile(
            "[A-Z]{2,6}-[0-9A-HJKMNP-TV-Z]{" + GROUP + "}-[0-9A-HJKMNP-TV-Z]{" + GROUP + "}");
    /** Separators people type or phones insert: spaces of all kinds, hyphens and dashes, dots, slashes. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\-\\u2010-\\u2015\\u2212_./]");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * @param value a code in canonical form, e.g. from the database
     * @throws IllegalArgumentException when it is not canonical or its check symbol is wrong; use {@link #parse}
     *                                  for what people type
     */
    public TrackingCode {
        if (!CANONICAL.matcher(value).matches() || !hasValidCheck(body(value))) {
            throw new IllegalArgumentException("Not a tracking code: " + value);
        }
    }

    /**
     * A new random code.
     *
     * @param prefix two to six capital letters A–Z naming the kind of case
     */
    public static TrackingCode generate(String prefix) {
        requirePrefix(prefix);
        long bits = RANDOM.nextLong();
        StringBuilder body = new StringBuilder(BODY_LENGTH);
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            body.append(ALPHABET.charAt((int) (bits >>> (5 * i)) & 31));
        }
        body.append(ALPHABET.charAt(checkValue(body)));
        return new TrackingCode(canonical(prefix, body));
    }

    /**
     * Reads a code as a person typed it: case, spaces, dashes and the confusions O→0, I→1, L→1 (in the random part)
     * are forgiven. Empty when it is not a code or a symbol is wrong.
     */
    public static Optional<TrackingCode> parse(String typed) {
        return parse(typed, null);
    }

    /**
     * Reads a code of one kind; the prefix may be left out ({@code 7kq4m 9xd2k}) but must match when given.
     */
    public static Optional<TrackingCode> parse(String typed, @Nullable String expectedPrefix) {
        if (expectedPrefix != null) {
            requirePrefix(expectedPrefix);
        }
        String compact = SEPARATORS.matcher(typed.toUpperCase(Locale.ROOT)).replaceAll("");
        if (compact.length() < BODY_LENGTH) {
            return Optional.empty();
        }
        String prefix = compact.substring(0, compact.length() - BODY_LENGTH);
        StringBuilder body = new StringBuilder(BODY_LENGTH);
        for (char symbol : compact.substring(prefix.length()).toCharArray()) {
            char read = switch (symbol) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> symbol;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            body.append(read);
        }
        if (expectedPrefix != null) {
            if (!prefix.isEmpty() && !prefix.equals(expectedPrefix)) {
                return Optional.empty();
            }
            prefix = expectedPrefix;
        }
        if (!PREFIX.matcher(prefix).matches() || !hasValidCheck(body)) {
            return Optional.empty();
        }
        return Optional.of(new TrackingCode(canonical(prefix, body)));
    }

    /** The kind of case, e.g. {@code PMH}. */
    public String prefix() {
        return value.substring(0, value.indexOf('-'));
    }

    @Override
    public String toString() {
        return value;
    }

    /** Damm's quasigroup operation {@code x ∗ y = t·x + y} in GF(32). */
    static int combine(int x, int y) {
        int times = x << 1;
        if ((times & 0b100000) != 0) {
            times ^= MODULUS;
        }
        return times ^ y;
    }

    /** The value of the check symbol for the random symbols: the {@code c} with {@code interim ∗ c = 0}. */
    static int checkValue(CharSequence randomSymbols) {
        return combine(interim(randomSymbols), 0);
    }

    static boolean hasValidCheck(CharSequence body) {
        return body.length() == BODY_LENGTH && interim(body) == 0;
    }

    private static int interim(CharSequence symbols) {
        int interim = 0;
        for (int i = 0; i < symbols.length(); i++) {
            int digit = ALPHABET.indexOf(symbols.charAt(i));
            if (digit < 0) {
                return -1;
            }
            interim = combine(interim, digit);
        }
        return interim;
    }

    private static String body(String canonical) {
        return canonical.substring(canonical.indexOf('-') + 1).replace("-", "");
    }

    private static String canonical(String prefix, CharSequence body) {
        return prefix + "-" + body.subSequence(0, GROUP) + "-" + body.subSequence(GROUP, BODY_LENGTH);
    }

    private static void requirePrefix(String prefix) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A tracking code prefix is 2 to 6 capital letters A-Z: " + prefix);
        }
    }
}
