package id.satupintu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satupintu.identity.InvalidNikException.Reason;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of {@link Nik} over generated numbers. Valid numbers are assembled from valid parts; near-valid
 * numbers are checked against {@link #expectedOutcome(String)}, an oracle written independently of the
 * production code (regular expression, its own copy of the province codes, {@link LocalDate} for the calendar).
 */
class NikPropertiesTest {

    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_BIRTH_DATE = LocalDate.of(2099, 12, 31);

    // Kepmendagri No. 300.2.2-2138 Tahun 2025; deliberately not derived from Province. A List, not Set.of,
    // because generators must draw in a fixed order for a jqwik seed to reproduce a failure.
    private static final List<String> KEMENDAGRI_PROVINCE_CODES = List.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36", "51", "52", "53",
            "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
            "81", "82", "91", "92", "93", "94", "95", "96");

    private static final String VALID = "VALID";

    record Parts(Province province, int regency, int district, LocalDate birthDate, boolean female, int serial) {

        String nik() {
            int encodedDay = birthDate.getDayOfMonth() + (female ? 40 : 0);
            return "%s%02d%02d%02d%02d%02d%04d".formatted(province.code(), regency, district, encodedDay,
                    birthDate.getMonthValue(), birthDate.getYear() % 100, serial);
        }
    }

    // (a) valid parts make a valid NIK that gives the same parts back

    @Property
    void nikBuiltFromValidPartsIsValidAndGivesItsPartsBack(@ForAll("validParts") Parts parts) {
        String value = parts.nik();

        Nik nik = new Nik(value);

        assertThat(Nik.isValid(value)).isTrue();
        assertThat(nik.value()).isEqualTo(value);
        assertThat(nik.province()).isEqualTo(parts.province());
        assertThat(nik.provinceCode()).isEqualTo(parts.province().code());
        assertThat(nik.regencyCode()).isEqualTo(parts.province().code() + "%02d".formatted(parts.regency()));
        assertThat(nik.districtCode()).isEqualTo(nik.regencyCode() + "%02d".formatted(parts.district()));
        assertThat(nik.female()).isEqualTo(parts.female());
        assertThat(nik.birthMonthDay()).isEqualTo(MonthDay.from(parts.birthDate()));
        assertThat(nik.birthYearTwoDigits()).isEqualTo(parts.birthDate().getYear() % 100);
        assertThat(nik.serial()).isEqualTo("%04d".formatted(parts.serial()));
    }

    @Property
    void parseReadsTheUsualWrittenForms(@ForAll("validParts") Parts parts) {
        String v = parts.nik();
        String dotted = "%s.%s.%s.%s.%s".formatted(v.substring(0, 2), v.substring(2, 4), v.substring(4, 6),
                v.substring(6, 12), v.substring(12));
        String grouped = "%s %s %s %s".formatted(v.substring(0, 4), v.substring(4, 8), v.substring(8, 12),
                v.substring(12));
        String dashed = "%s-%s-%s".formatted(v.substring(0, 6), v.substring(6, 12), v.substring(12));

        assertThat(List.of(Nik.parse(dotted), Nik.parse(grouped), Nik.parse(dashed))).containsOnly(new Nik(v));
    }

    // (b) anything that is not 16 ASCII digits is a format error

    @Property
    void anythingButSixteenAsciiDigitsIsAFormatError(@ForAll("notSixteenAsciiDigits") String candidate) {
        assertThatThrownBy(() -> new Nik(candidate))
                .isInstanceOfSatisfying(InvalidNikException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.FORMAT));
    }

    // (c) breaking one part of a valid NIK is reported with that part's reason

    @Property
    void serial0000IsRejectedAsSerial(@ForAll("validParts") Parts parts) {
        String value = parts.nik().substring(0, 12) + "0000";

        assertRejected(value, Reason.SERIAL);
    }

    @Property
    void monthOutsideOneTo12IsRejectedAsBirthDate(@ForAll("validParts") Parts parts,
                                                  @ForAll("monthsThatDoNotExist") int month) {
        String value = replace(parts.nik(), 8, "%02d".formatted(month));

        assertRejected(value, Reason.BIRTH_DATE);
    }

    @Property
    void dayOutsideOneTo31And41To71IsRejectedAsBirthDate(@ForAll("validParts") Parts parts,
                                                          @ForAll("daysThatDoNotExist") int day) {
        String value = replace(parts.nik(), 6, "%02d".formatted(day));

        assertRejected(value, Reason.BIRTH_DATE);
    }

    @Property
    void unknownProvinceIsRejectedAsProvince(@ForAll("validParts") Parts parts,
                                             @ForAll("unknownProvinceCodes") String code) {
        assertRejected(replace(parts.nik(), 0, code), Reason.PROVINCE);
    }

    @Property
    void regency00IsRejectedAsRegency(@ForAll("validParts") Parts parts) {
        assertRejected(replace(parts.nik(), 2, "00"), Reason.REGENCY);
    }

    @Property
    void district00IsRejectedAsDistrict(@ForAll("validParts") Parts parts) {
        assertRejected(replace(parts.nik(), 4, "00"), Reason.DISTRICT);
    }

    // (d) isValid never throws, and agrees with the oracle

    @Property
    void isValidNeverThrows(@ForAll("anyStringOrNull") String candidate) {
        assertThatCode(() -> Nik.isValid(candidate)).doesNotThrowAnyException();
    }

    @Property(tries = 10_000)
    void validationAgreesWithAnIndependentOracle(@ForAll("nearlyValidNiks") String candidate) {
        String expected = expectedOutcome(candidate);

        assertThat(Nik.isValid(candidate)).isEqualTo(expected.equals(VALID));
        if (expected.equals(VALID)) {
            assertThatCode(() -> Nik.parse(candidate)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> Nik.parse(candidate))
                    .isInstanceOfSatisfying(InvalidNikException.class,
                            e -> assertThat(e.reason().name()).isEqualTo(expected))
                    .hasMessageNotContaining(withoutSeparators(candidate));
        }

        // Guards the generator: every outcome must actually be exercised.
        Statistics.label("outcome").collect(expected);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check(VALID).percentage(p -> p >= 10);
            for (Reason reason : Reason.values()) {
                coverage.check(reason.name()).percentage(p -> p >= 1);
            }
        });
    }

    @Property
    void februaryTwentyNinthIsValidExactlyWhenTheTwoDigitYearIsAMultipleOfFour(
            @ForAll("anyTwoDigitYear") int year, @ForAll boolean female) {
        String value = "357801%02d02%02d0001".formatted(female ? 69 : 29, year);

        assertThat(Nik.isValid(value)).isEqualTo(year % 4 == 0);
    }

    // (e) the masked form never shows the middle eight digits

    @Property
    void maskedNeverShowsTheMiddleEightDigits(@ForAll("validParts") Parts parts) {
        String value = parts.nik();
        Nik nik = new Nik(value);

        assertThat(nik.masked())
                .matches("[0-9]{4}\\*{8}[0-9]{4}")
                .startsWith(value.substring(0, 4))
                .endsWith(value.substring(12))
                .doesNotContain(value.substring(4, 12));
        assertThat(nik).hasToString(nik.masked());
        assertThat(String.valueOf(List.of(nik))).doesNotContain(value);
    }

    // generators

    @Provide
    Arbitrary<Parts> validParts() {
        Arbitrary<LocalDate> anyDay = Arbitraries.longs()
                .between(FIRST_BIRTH_DATE.toEpochDay(), LAST_BIRTH_DATE.toEpochDay())
                .map(LocalDate::ofEpochDay);
        // Uniform days would reach 29 February about once in 1,461 tries, so offer it on purpose.
        Arbitrary<LocalDate> leapDay = Arbitraries.integers().between(1, 49)
                .map(n -> LocalDate.of(1900 + 4 * n, 2, 29));
        Arbitrary<LocalDate> birthDates = Arbitraries.frequencyOf(
                Tuple.of(9, anyDay),
                Tuple.of(1, leapDay));
        return Combinators.combine(
                        Arbitraries.of(Province.class),
                        Arbitraries.integers().between(1, 99),
                        Arbitraries.integers().between(1, 99),
                        birthDates,
                        Arbitraries.of(false, true),
                        Arbitraries.integers().between(1, 9999))
                .as(Parts::new);
    }

    @Provide
    Arbitrary<String> notSixteenAsciiDigits() {
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> tooShortOrLongDigits = Arbitraries.strings().numeric().ofMaxLength(40)
                .filter(s -> s.length() != 16);
        Arbitrary<Character> notAnAsciiDigit = Arbitraries.chars().filter(c -> c < '0' || c > '9');
        // Digits to Character.isDigit, but not to Dukcapil: Arabic-Indic, Persian, Devanagari, full-width, Thai.
        Arbitrary<Character> otherScriptDigit = Arbitraries.of('\u0663', '\u06F5', '\u096B', '\uFF13', '\u0E53');
        Arbitrary<String> oneBadCharacter = Combinators.combine(
                        Arbitraries.strings().numeric().ofLength(16),
                        Arbitraries.integers().between(0, 15),
                        Arbitraries.oneOf(notAnAsciiDigit, otherScriptDigit))
                .as((digits, at, c) -> digits.substring(0, at) + c + digits.substring(at + 1));
        return Arbitraries.oneOf(anything, tooShortOrLongDigits, oneBadCharacter)
                .filter(s -> !s.matches("[0-9]{16}"));
    }

    @Provide
    Arbitrary<Integer> monthsThatDoNotExist() {
        return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(13, 99));
    }

    @Provide
    Arbitrary<Integer> daysThatDoNotExist() {
        return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(32, 40),
                Arbitraries.integers().between(72, 99));
    }

    @Provide
    Arbitrary<String> unknownProvinceCodes() {
        return Arbitraries.integers().between(0, 99).map("%02d"::formatted)
                .filter(code -> !KEMENDAGRI_PROVINCE_CODES.contains(code));
    }

    @Provide
    Arbitrary<Integer> anyTwoDigitYear() {
        return Arbitraries.integers().between(0, 99);
    }

    @Provide
    Arbitrary<String> anyStringOrNull() {
        return Arbitraries.oneOf(
                        Arbitraries.strings(),
                        Arbitraries.strings().withChars("0123456789 .-").ofMaxLength(30),
                        nearlyValidNiks())
                .injectNull(0.05);
    }

    /** Sixteen-digit strings whose parts are mostly, but not always, in range; some carry separators. */
    @Provide
    Arbitrary<String> nearlyValidNiks() {
        Arbitrary<String> province = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.of(KEMENDAGRI_PROVINCE_CODES)),
                Tuple.of(1, twoDigits(0, 99)));
        Arbitrary<String> regionPart = Arbitraries.frequencyOf(
                Tuple.of(19, twoDigits(1, 99)),
                Tuple.of(1, Arbitraries.just("00")));
        Arbitrary<String> day = Arbitraries.frequencyOf(
                Tuple.of(8, twoDigits(1, 31)),
                Tuple.of(8, twoDigits(41, 71)),
                Tuple.of(1, twoDigits(0, 99)),
                Tuple.of(3, Arbitraries.of("28", "29", "30", "31", "68", "69", "70", "71")));
        Arbitrary<String> month = Arbitraries.frequencyOf(
                Tuple.of(15, twoDigits(1, 12)),
                Tuple.of(5, Arbitraries.of("02", "04", "06", "09", "11")),
                Tuple.of(1, twoDigits(0, 99)));
        Arbitrary<String> year = twoDigits(0, 99);
        Arbitrary<String> serial = Arbitraries.frequencyOf(
                Tuple.of(19, Arbitraries.integers().between(1, 9999).map("%04d"::formatted)),
                Tuple.of(1, Arbitraries.just("0000")));
        Arbitrary<String> digits = Combinators.combine(province, regionPart, regionPart, day, month, year, serial)
                .as((p, r, d, dd, mm, yy, s) -> p + r + d + dd + mm + yy + s);
        Arbitrary<String> withSeparators = Combinators.combine(digits, Arbitraries.of(" ", ".", "-", " - "))
                .as((v, sep) -> String.join(sep, v.substring(0, 2), v.substring(2, 4), v.substring(4, 6),
                        v.substring(6, 12), v.substring(12)));
        Arbitrary<String> wrongLength = Combinators.combine(digits, Arbitraries.integers().between(0, 15))
                .as((v, at) -> v.substring(0, at) + v.substring(at + 1));
        Arbitrary<String> foreignCharacter = Combinators.combine(digits, Arbitraries.integers().between(0, 15),
                        Arbitraries.of('O', 'l', '/', '_', '\u0663'))
                .as((v, at, c) -> v.substring(0, at) + c + v.substring(at + 1));
        return Arbitraries.frequencyOf(
                Tuple.of(16, digits),
                Tuple.of(4, withSeparators),
                Tuple.of(1, wrongLength),
                Tuple.of(1, foreignCharacter));
    }

    private static Arbitrary<String> twoDigits(int from, int to) {
        return Arbitraries.integers().between(from, to).map("%02d"::formatted);
    }

    // oracle

    /** {@code VALID}, or the name of the first broken rule, computed without the production code. */
    private static String expectedOutcome(String raw) {
        String nik = withoutSeparators(raw);
        if (!nik.matches("[0-9]{16}")) {
            return Reason.FORMAT.name();
        }
        if (!KEMENDAGRI_PROVINCE_CODES.contains(nik.substring(0, 2))) {
            return Reason.PROVINCE.name();
        }
        if (nik.substring(2, 4).equals("00")) {
            return Reason.REGENCY.name();
        }
        if (nik.substring(4, 6).equals("00")) {
            return Reason.DISTRICT.name();
        }
        int encodedDay = Integer.parseInt(nik.substring(6, 8));
        int day = encodedDay >= 41 && encodedDay <= 71 ? encodedDay - 40 : encodedDay;
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        if (!isCalendarDate(1900 + yy, month, day) && !isCalendarDate(2000 + yy, month, day)) {
            return Reason.BIRTH_DATE.name();
        }
        if (nik.substring(12).equals("0000")) {
            return Reason.SERIAL.name();
        }
        return VALID;
    }

    private static boolean isCalendarDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }

    private static String withoutSeparators(String raw) {
        return raw.replaceAll("[ .\\-]", "");
    }

    private static String replace(String nik, int at, String digits) {
        return nik.substring(0, at) + digits + nik.substring(at + digits.length());
    }

    private static void assertRejected(String candidate, Reason reason) {
        assertThatThrownBy(() -> new Nik(candidate))
                .isInstanceOfSatisfying(InvalidNikException.class, e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(Nik.isValid(candidate)).isFalse();
    }
}
