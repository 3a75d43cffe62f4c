package id.satupintu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Tracking codes people read aloud and type: their shape, their check symbol and the forgiving parser. */
class TrackingCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final List<TrackingCode> SAMPLE = IntStream.range(0, 200)
            .mapToObj(i -> TrackingCode.generate(i % 2 == 0 ? "PMH" : "ADU")).toList();

    /** The ten symbols after the prefix, without the dashes. */
    private static String body(TrackingCode code) {
        return code.value().substring(code.prefix().length() + 1).replace("-", "");
    }

    private static String withBody(TrackingCode code, String body) {
        return code.prefix() + "-" + body.substring(0, 5) + "-" + body.substring(5);
    }

    @Test
    void aCodeIsThePrefixAndTwoGroupsOfFiveCrockfordSymbols() {
        TrackingCode code = TrackingCode.generate("PMH");

        assertThat(code.value()).matches("PMH-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(code.prefix()).isEqualTo("PMH");
        assertThat(code).hasToString(code.value());
    }

    @Test
    void everyGeneratedCodeReadsBackAsItself() {
        for (TrackingCode code : SAMPLE) {
            assertThat(TrackingCode.parse(code.value())).contains(code);
            assertThat(new TrackingCode(code.value())).isEqualTo(code);
        }
    }

    @Test
    void everySingleWrongSymbolIsRejected() {
        int tried = 0;
        for (TrackingCode code : SAMPLE) {
            String body = body(code);
            for (int position = 0; position < body.length(); position++) {
                for (char symbol : ALPHABET.toCharArray()) {
                    if (symbol == body.charAt(position)) {
                        continue;
                    }
                    String typo = body.substring(0, position) + symbol + body.substring(position + 1);
                    assertThat(TrackingCode.parse(withBody(code, typo))).as("%s with %s", code, typo).isEmpty();
                    tried++;
                }
            }
        }
        assertThat(tried).isEqualTo(200 * 10 * 31);
    }

    @Test
    void everySwapOfTwoNeighbouringSymbolsIsRejected() {
        int tried = 0;
        for (TrackingCode code : SAMPLE) {
            String body = body(code);
            for (int position = 0; position + 1 < body.length(); position++) {
                if (body.charAt(position) == body.charAt(position + 1)) {
                    continue;
                }
                String swapped = body.substring(0, position) + body.charAt(position + 1) + body.charAt(position)
                        + body.substring(position + 2);
                assertThat(TrackingCode.parse(withBody(code, swapped))).as("%s as %s", code, swapped).isEmpty();
                tried++;
            }
        }
        assertThat(tried).isGreaterThan(200 * 8);
    }

    @Test
    void theCheckOperationIsATotallyAntiSymmetricQuasigroup() {
        for (int x = 0; x < 32; x++) {
            Set<Integer> row = new HashSet<>();
            Set<Integer> column = new HashSet<>();
            for (int y = 0; y < 32; y++) {
                row.add(TrackingCode.combine(x, y));
                column.add(TrackingCode.combine(y, x));
                for (int c = 0; c < 32; c++) {
                    if (x != y) {
                        assertThat(TrackingCode.combine(TrackingCode.combine(c, x), y))
                                .isNotEqualTo(TrackingCode.combine(TrackingCode.combine(c, y), x));
                    }
                }
                if (x != y) {
                    assertThat(TrackingCode.combine(x, y)).isNotEqualTo(TrackingCode.combine(y, x));
                }
            }
            assertThat(row).as("Latin square row %d", x).hasSize(32);
            assertThat(column).as("Latin square column %d", x).hasSize(32);
        }
    }

    @Test
    void theCheckSymbolIsPinnedByWorkedExamples() {
        // Nothing but zeros stays 0 and 0's check symbol is 0.
        assertThat(TrackingCode.checkValue("000000000")).isZero();
        // 1 then eight 0s: interim 1, then doubled in GF(32) mod t^5+t^2+1: 2, 4, 8, 16, 5, 10, 20, 13;
        // the check symbol is t * 13 = 26, the letter T.
        assertThat(ALPHABET.charAt(TrackingCode.checkValue("100000000"))).isEqualTo('T');
        assertThat(new TrackingCode("PMH-10000-0000T").prefix()).isEqualTo("PMH");
        assertThat(TrackingCode.parse("PMH-10000-0000V")).isEmpty();
    }

    @Test
    void parsingForgivesCaseSpacesAndDashes() {
        TrackingCode code = SAMPLE.getFirst();
        String compact = code.value().replace("-", "");

        assertThat(TrackingCode.parse(code.value().toLowerCase())).contains(code);
        assertThat(TrackingCode.parse(compact)).contains(code);
        assertThat(TrackingCode.parse("  " + compact.substring(0, 3) + " " + compact.substring(3, 8) + " "
                + compact.substring(8) + "\n")).contains(code);
        assertThat(TrackingCode.parse(code.value().replace('-', '\u2013'))).as("phone turned - into –").contains(code);
        assertThat(TrackingCode.parse(code.value().replace("-", " - "))).contains(code);
    }

    @Test
    void parsingReadsOAsZeroAndIOrLAsOne() {
        TrackingCode code = new TrackingCode("ADU-10000-0000T");

        assertThat(TrackingCode.parse("ADU-I0000-0000T")).contains(code);
        assertThat(TrackingCode.parse("adu-l0ooo-oooot")).contains(code);
        assertThat(TrackingCode.parse("ADU 1OOOO OOOOT")).contains(code);
    }

    @Test
    void confusionsAreNotAppliedToThePrefix() {
        TrackingCode code = TrackingCode.generate("SOL");

        assertThat(TrackingCode.parse(code.value())).contains(code);
        assertThat(code.prefix()).isEqualTo("SOL");
    }

    @Test
    void theExpectedPrefixMayBeLeftOutButMustMatchWhenTyped() {
        TrackingCode code = TrackingCode.generate("PMH");
        String body = body(code);

        assertThat(TrackingCode.parse(body, "PMH")).contains(code);
        assertThat(TrackingCode.parse(body.toLowerCase(), "PMH")).contains(code);
        assertThat(TrackingCode.parse(code.value(), "PMH")).contains(code);
        assertThat(TrackingCode.parse("ADU-" + body, "PMH")).isEmpty();
        assertThat(TrackingCode.parse(body)).as("without an expected prefix, one is needed").isEmpty();
    }

    @Test
    void thingsThatAreNotCodesAreRejected() {
        assertThat(TrackingCode.parse("")).isEmpty();
        assertThat(TrackingCode.parse("PMH")).isEmpty();
        assertThat(TrackingCode.parse("PMH-10000-0000")).as("a symbol short").isEmpty();
        assertThat(TrackingCode.parse("PMH-10000-00000T")).as("a symbol too many").isEmpty();
        assertThat(TrackingCode.parse("PMH-U0000-0000T")).as("U is not a symbol").isEmpty();
        assertThat(TrackingCode.parse("P-10000-0000T")).as("prefix too short").isEmpty();
        assertThat(TrackingCode.parse("PMH7-10000-0000T")).as("digit in the prefix").isEmpty();
        assertThat(TrackingCode.parse("PMH-10000-0000T; drop table")).isEmpty();
    }

    @Test
    void theConstructorTakesOnlyCanonicalCodes() {
        assertThatThrownBy(() -> new TrackingCode("pmh-10000-0000t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackingCode("PMH-10000-0000V")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackingCode("PMH100000000T")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrefixIsTwoToSixCapitalLetters() {
        assertThat(TrackingCode.generate("SP").prefix()).isEqualTo("SP");
        assertThatThrownBy(() -> TrackingCode.generate("pmh")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackingCode.generate("P")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackingCode.generate("PERMOHONAN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHundredThousandCodesAreAllDifferent() {
        // 45 random bits: the chance of any repeat among 100 000 codes is about 1.4 in 10 000.
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(body(TrackingCode.generate("PMH")))).isTrue();
        }
    }

    @Test
    void everySymbolTurnsUpInEveryRandomPosition() {
        List<Set<Character>> seen = IntStream.range(0, 9).mapToObj(i -> (Set<Character>) new HashSet<Character>())
                .toList();
        for (int i = 0; i < 5_000; i++) {
            String body = body(TrackingCode.generate("ADU"));
            for (int position = 0; position < 9; position++) {
                seen.get(position).add(body.charAt(position));
            }
        }
        assertThat(seen).allSatisfy(symbols -> assertThat(symbols).hasSize(32));
    }
}
