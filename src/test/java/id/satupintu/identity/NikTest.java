package id.satupintu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satupintu.identity.InvalidNikException.Reason;

import java.time.MonthDay;
import java.util.Arrays;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Worked examples for each NIK rule in DOMAIN.md. The reference NIK is a man registered in Kota Surabaya
 * (35.78), kecamatan 01, born 17-08-(19)45, serial 0001.
 */
class NikTest {

    private static final String SURABAYA_MAN = "3578011708450001";
    private static final String SURABAYA_WOMAN = "3578015708450002";

    @Nested
    class ValidNumbers {

        @Test
        void validMaleNikExposesItsParts() {
            Nik nik = new Nik(SURABAYA_MAN);

            assertThat(nik.value()).isEqualTo(SURABAYA_MAN);
            assertThat(nik.provinceCode()).isEqualTo("35");
            assertThat(nik.province()).isEqualTo(Province.JAWA_TIMUR);
            assertThat(nik.regencyCode()).isEqualTo("3578");
            assertThat(nik.districtCode()).isEqualTo("357801");
            assertThat(nik.female()).isFalse();
            assertThat(nik.birthMonthDay()).isEqualTo(MonthDay.of(8, 17));
            assertThat(nik.birthYearTwoDigits()).isEqualTo(45);
            assertThat(nik.serial()).isEqualTo("0001");
        }

        @Test
        void womansNikHasFortyAddedToTheDayOfBirth() {
            Nik nik = new Nik(SURABAYA_WOMAN);

            assertThat(nik.female()).isTrue();
            assertThat(nik.birthMonthDay()).isEqualTo(MonthDay.of(8, 17));
            assertThat(nik.birthYearTwoDigits()).isEqualTo(45);
        }

        @Test
        void womansDayRunsFrom41For1stTo71For31st() {
            assertThat(new Nik("3578014101900001").birthMonthDay()).isEqualTo(MonthDay.of(1, 1));
            assertThat(new Nik("3578017112990001").birthMonthDay()).isEqualTo(MonthDay.of(12, 31));
            assertThat(new Nik("3578017112990001").female()).isTrue();
        }

        @Test
        void dayThirtyOneIsAMansLastPossibleDay() {
            Nik nik = new Nik("3578013112990001");

            assertThat(nik.female()).isFalse();
            assertThat(nik.birthMonthDay()).isEqualTo(MonthDay.of(12, 31));
        }

        @Test
        void highestSerialIsAccepted() {
            assertThat(new Nik("3578011708459999").serial()).isEqualTo("9999");
        }

        @Test
        void youngestPapuaProvinceIsKnown() {
            assertThat(new Nik("9601011708450001").province()).isEqualTo(Province.PAPUA_BARAT_DAYA);
        }
    }

    @Nested
    class Format {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
                "357801170845000",      // 15 digits
                "35780117084500011",    // 17 digits
                "357801170845000A",     // a letter
                "3578 01170845 0001",   // separators are only accepted by parse
                " 3578011708450001",
                "3578011708450001\n",
                "-357801170845001",
                "+357801170845001",
                "٣٥٧٨٠١١٧٠٨٤٥٠٠٠١",     // Arabic-Indic digits are digits to Java, not to Dukcapil
                "３５７８０１１７０８４５０００１"  // full-width digits
        })
        void anythingButSixteenAsciiDigitsIsAFormatError(String candidate) {
            assertRejected(candidate, Reason.FORMAT);
        }
    }

    @Nested
    class Region {

        @Test
        void province99IsUnknown() {
            assertRejected("9978011708450001", Reason.PROVINCE);
        }

        @Test
        void province00IsUnknown() {
            assertRejected("0078011708450001", Reason.PROVINCE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"10", "20", "22", "30", "37", "50", "54", "60", "66", "70", "77", "80", "83", "90", "97"})
        void codesBetweenTheProvincesAreUnknown(String code) {
            assertRejected(code + "78011708450001", Reason.PROVINCE);
        }

        @Test
        void regency00IsRejected() {
            assertRejected("3500011708450001", Reason.REGENCY);
        }

        @Test
        void district00IsRejected() {
            assertRejected("3578001708450001", Reason.DISTRICT);
        }
    }

    @Nested
    class BirthDate {

        @Test
        void february29thOnALeapYearIsValid() {
            Nik nik = new Nik("3578012902920001");

            assertThat(nik.birthMonthDay()).isEqualTo(MonthDay.of(2, 29));
        }

        @Test
        void february29thInYear00IsValidBecause2000IsALeapYear() {
            assertThat(new Nik("3578012902000001").birthYearTwoDigits()).isZero();
        }

        @Test
        void february29thForAWomanOnALeapYearIsValid() {
            Nik nik = new Nik("3578016902960001");

            assertThat(nik.female()).isTrue();
            assertThat(nik.birthMonthDay()).isEqualTo(MonthDay.of(2, 29));
        }

        @ParameterizedTest
        @ValueSource(strings = {"3578012902930001", "3578012902010001", "3578016902930001"})
        void february29thOnANonLeapYearIsRejected(String candidate) {
            assertRejected(candidate, Reason.BIRTH_DATE);
        }

        @Test
        void february28thOnANonLeapYearIsValid() {
            assertThat(Nik.isValid("3578012802930001")).isTrue();
        }

        @Test
        void february30thIsRejectedEvenOnALeapYear() {
            assertRejected("3578013002920001", Reason.BIRTH_DATE);
        }

        @Test
        void april31stIsRejected() {
            assertRejected("3578013104900001", Reason.BIRTH_DATE);
        }

        @Test
        void april30thIsValid() {
            assertThat(Nik.isValid("3578013004900001")).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"3578013106900001", "3578013109900001", "3578013111900001", "3578017104900001"})
        void thirtyFirstOfAThirtyDayMonthIsRejected(String candidate) {
            assertRejected(candidate, Reason.BIRTH_DATE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"00", "32", "35", "40", "72", "80", "99"})
        void dayOutsideOneTo31And41To71IsRejected(String day) {
            assertRejected("357801" + day + "0845" + "0001", Reason.BIRTH_DATE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"00", "13", "20", "99"})
        void monthOutsideOneTo12IsRejected(String month) {
            assertRejected("35780117" + month + "45" + "0001", Reason.BIRTH_DATE);
        }
    }

    @Nested
    class Serial {

        @Test
        void serial0000IsRejected() {
            assertRejected("3578011708450000", Reason.SERIAL);
        }
    }

    @Test
    void firstBrokenRuleInDocumentedOrderIsReported() {
        // Province 99, regency 00, district 00, 31 April, serial 0000: all broken, the province is named.
        assertRejected("9900003104900000", Reason.PROVINCE);
        assertRejected("3500003104900000", Reason.REGENCY);
        assertRejected("3578003104900000", Reason.DISTRICT);
        assertRejected("3578013104900000", Reason.BIRTH_DATE);
    }

    @Nested
    class Masking {

        @Test
        void maskedShowsFirstFourAndLastFourDigits() {
            assertThat(new Nik(SURABAYA_MAN).masked()).isEqualTo("3578********0001");
        }

        @Test
        void toStringIsTheMaskedForm() {
            Nik nik = new Nik(SURABAYA_MAN);

            assertThat(nik.toString()).isEqualTo("3578********0001");
            assertThat("citizen %s logged in".formatted(nik)).doesNotContain(SURABAYA_MAN);
        }

        @Test
        void exceptionMessageNeverRepeatsTheOfferedNumber() {
            assertThatThrownBy(() -> new Nik("3578013104900001"))
                    .hasMessageNotContaining("3578013104900001")
                    .hasMessageNotContaining("310490");
        }
    }

    @Nested
    class Parsing {

        @ParameterizedTest
        @ValueSource(strings = {
                "3578011708450001",
                "3578 0117 0845 0001",
                "35.78.01.170845.0001",
                "35-78-01-170845-0001",
                "35.78.01 17-08-45 0001",
                "  3578011708450001  "
        })
        void parseIgnoresSpacesDotsAndDashes(String typed) {
            assertThat(Nik.parse(typed)).isEqualTo(new Nik(SURABAYA_MAN));
        }

        @ParameterizedTest
        @ValueSource(strings = {"3578/0117/0845/0001", "3578_0117_0845_0001", "3578\t0117\t0845\t0001", "NIK 3578011708450001"})
        void parseKeepsOtherCharactersAndSoRejectsThem(String typed) {
            assertThatThrownBy(() -> Nik.parse(typed))
                    .isInstanceOfSatisfying(InvalidNikException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.FORMAT));
        }

        @Test
        void parseStillAppliesEveryRule() {
            assertThatThrownBy(() -> Nik.parse("35.78.01.310490.0001"))
                    .isInstanceOfSatisfying(InvalidNikException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.BIRTH_DATE));
        }

        @Test
        void parseOfNothingIsAFormatError() {
            assertThatThrownBy(() -> Nik.parse(null))
                    .isInstanceOfSatisfying(InvalidNikException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.FORMAT));
        }

        @Test
        void isValidAnswersWhatParseWouldDo() {
            assertThat(Nik.isValid("3578 0117 0845 0001")).isTrue();
            assertThat(Nik.isValid("3578 0117 0845 0000")).isFalse();
            assertThat(Nik.isValid("")).isFalse();
            assertThat(Nik.isValid("- . -")).isFalse();
        }

        @Test
        void isValidOfNullIsFalse() {
            assertThat(Nik.isValid(null)).isFalse();
        }

        @Test
        void equalNumbersAreEqualNiks() {
            assertThat(Nik.parse("3578 0117 0845 0001")).isEqualTo(new Nik(SURABAYA_MAN))
                    .hasSameHashCodeAs(new Nik(SURABAYA_MAN));
            assertThat(new Nik(SURABAYA_MAN)).isNotEqualTo(new Nik(SURABAYA_WOMAN));
        }
    }

    @Nested
    class Provinces {

        @Test
        void thirtyEightProvincesAreKnown() {
            assertThat(Province.values()).hasSize(38);
        }

        @Test
        void codesAreTwoDigitsAndUnique() {
            assertThat(Arrays.stream(Province.values()).map(Province::code))
                    .allMatch(code -> code.matches("[1-9][1-9]"))
                    .doesNotHaveDuplicates();
        }

        @Test
        void lookupByCodeFindsTheOfficialName() {
            assertThat(Province.byCode("35")).map(Province::officialName).contains("Jawa Timur");
            assertThat(Province.byCode("31")).map(Province::officialName).contains("DKI Jakarta");
            assertThat(Province.byCode("34")).map(Province::officialName).contains("DI Yogyakarta");
        }

        @Test
        void papuaProvincesUseKemendagriNotBpsCodes() {
            assertThat(Province.byCode("91")).contains(Province.PAPUA);
            assertThat(Province.byCode("92")).contains(Province.PAPUA_BARAT);
            assertThat(Province.byCode("93")).contains(Province.PAPUA_SELATAN);
            assertThat(Province.byCode("94")).contains(Province.PAPUA_TENGAH);
            assertThat(Province.byCode("95")).contains(Province.PAPUA_PEGUNUNGAN);
            assertThat(Province.byCode("96")).contains(Province.PAPUA_BARAT_DAYA);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"00", "99", "3", "035", "x1"})
        void unknownCodesFindNothing(String code) {
            assertThat(Province.byCode(code)).isEmpty();
        }
    }

    private static void assertRejected(String candidate, Reason reason) {
        assertThatThrownBy(() -> new Nik(candidate))
                .isInstanceOfSatisfying(InvalidNikException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
