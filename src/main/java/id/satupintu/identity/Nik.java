package id.satupintu.identity;

import id.satupintu.identity.InvalidNikException.Reason;

import java.time.Month;
import java.time.MonthDay;

import org.jspecify.annotations.Nullable;

/**
 * Nomor Induk Kependudukan: the 16-digit national identity number, laid out as province (2), regency/city (2),
 * district/kecamatan (2), birth date DDMMYY with DD + 40 for women (6) and a serial number (4).
 * <p>
 * Only structure is checked here, not that Dukcapil ever issued the number. {@link #toString()} returns the
 * masked form so that a NIK never lands whole in a log or a page; call {@link #value()} only where the full
 * number is really needed (storage, lookups).
 */
public record Nik(String value) {

    private static final int LENGTH = 16;
    private static final int FEMALE_DAY_OFFSET = 40;
    private static final String MASK = "********";

    public Nik {
        Reason broken = firstBrokenRule(value);
        if (broken != null) {
            throw new InvalidNikException(broken);
        }
    }

    /**
     * Reads a NIK as people type it, e.g. {@code "3578 0101 9000 0001"} or {@code "35.78.01-010190-0001"}; nothing
     * ({@code null}) is a format error like any other malformed input.
     */
    public static Nik parse(@Nullable String raw) {
        if (raw == null) {
            throw new InvalidNikException(Reason.FORMAT);
        }
        return new Nik(withoutSeparators(raw));
    }

    /** Whether {@link #parse(String)} would accept {@code raw}; never throws, {@code false} for {@code null}. */
    public static boolean isValid(@Nullable String raw) {
        return raw != null && firstBrokenRule(withoutSeparators(raw)) == null;
    }

    /** First 4 and last 4 digits with the 8 in between hidden, e.g. {@code 3578********0001}. */
    public String masked() {
        return value.substring(0, 4) + MASK + value.substring(LENGTH - 4);
    }

    /** The masked form: see {@link #masked()}. */
    @Override
    public String toString() {
        return masked();
    }

    /** Two digits, e.g. {@code "35"}. */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    public Province province() {
        return Province.byCode(provinceCode()).orElseThrow();
    }

    /** Four digits including the province, e.g. {@code "3578"} for Kota Surabaya. */
    public String regencyCode() {
        return value.substring(0, 4);
    }

    /** Six digits including province and regency, e.g. {@code "357801"}. */
    public String districtCode() {
        return value.substring(0, 6);
    }

    public boolean female() {
        return encodedDay(value) > FEMALE_DAY_OFFSET;
    }

    public MonthDay birthMonthDay() {
        return MonthDay.of(month(value), dayOfMonth(encodedDay(value)));
    }

    /** The YY of DDMMYY; the century is not part of a NIK. */
    public int birthYearTwoDigits() {
        return twoDigitYear(value);
    }

    /** Last four digits, {@code 0001} to {@code 9999}. */
    public String serial() {
        return value.substring(LENGTH - 4);
    }

    private static @Nullable Reason firstBrokenRule(@Nullable String candidate) {
        if (candidate == null || candidate.length() != LENGTH || !asciiDigitsOnly(candidate)) {
            return Reason.FORMAT;
        }
        if (Province.byCode(candidate.substring(0, 2)).isEmpty()) {
            return Reason.PROVINCE;
        }
        if (candidate.startsWith("00", 2)) {
            return Reason.REGENCY;
        }
        if (candidate.startsWith("00", 4)) {
            return Reason.DISTRICT;
        }
        if (!isBirthDate(encodedDay(candidate), month(candidate), twoDigitYear(candidate))) {
            return Reason.BIRTH_DATE;
        }
        if (candidate.endsWith("0000")) {
            return Reason.SERIAL;
        }
        return null;
    }

    private static boolean isBirthDate(int encodedDay, int month, int twoDigitYear) {
        int day = dayOfMonth(encodedDay);
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        // The century is not encoded, so 19YY and 20YY are both possible readings. One of them is a leap year
        // exactly when YY % 4 == 0 (1900 is not, but 2000 is), so 29 February is valid for those YY only.
        boolean leapYearPossible = twoDigitYear % 4 == 0;
        return day <= Month.of(month).length(leapYearPossible);
    }

    // Women's day of birth is stored as DD + 40 (41-71); anything in 32-40 stays out of range and fails.
    private static int dayOfMonth(int encodedDay) {
        return encodedDay > FEMALE_DAY_OFFSET ? encodedDay - FEMALE_DAY_OFFSET : encodedDay;
    }

    private static int encodedDay(String nik) {
        return twoDigits(nik, 6);
    }

    private static int month(String nik) {
        return twoDigits(nik, 8);
    }

    private static int twoDigitYear(String nik) {
        return twoDigits(nik, 10);
    }

    private static int twoDigits(String nik, int at) {
        return (nik.charAt(at) - '0') * 10 + (nik.charAt(at + 1) - '0');
    }

    // Character.isDigit would also accept Arabic-Indic and other Unicode digits.
    private static boolean asciiDigitsOnly(String candidate) {
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String withoutSeparators(String raw) {
        StringBuilder digits = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != ' ' && c != '.' && c != '-') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
