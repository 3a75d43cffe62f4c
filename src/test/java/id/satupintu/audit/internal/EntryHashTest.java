package id.satupintu.audit.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The entry hash is the documented canonical form, and no field boundary can be moved without changing it. */
class EntryHashTest {

    private static final Instant AT = Instant.parse("2026-11-28T03:04:05.123456789Z");

    private static String hash(String actorRole, String action) {
        return EntryHash.of(EntryHash.GENESIS, "35.78", 1, AT, "system", actorRole, action, "agency", "a-1", "", "{}");
    }

    @Test
    void isSha256OfTheLengthPrefixedFieldsAsDocumented() throws Exception {
        String canonical = "64:" + "0".repeat(64) + "|5:35.78|1:1|16:1795835045123456|6:system|0:|14:agency.created"
                + "|6:agency|3:a-1|0:|2:{}";
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertThat(hash("", "agency.created")).isEqualTo(expected);
    }

    @Test
    void movingTextAcrossAFieldBoundaryChangesTheHash() {
        assertThat(hash("ADMIN|x", "y")).isNotEqualTo(hash("ADMIN", "x|y"));
        assertThat(hash("AD", "MINx")).isNotEqualTo(hash("ADMIN", "x"));
    }

    @Test
    void timeCountsToTheMicrosecondWhichIsWhatTheDatabaseKeeps() {
        assertThat(EntryHash.micros(AT)).isEqualTo(1_795_835_045_123_456L);
        assertThat(EntryHash.micros(Instant.parse("1969-12-31T23:59:59.999999Z"))).isEqualTo(-1L);
    }

    @Test
    void lengthsCountUtf8BytesSoAnyToolCanRecomputeTheHash() {
        String withNonAscii = EntryHash.of(EntryHash.GENESIS, "35.78", 1, AT, "system", "", "a", "b", "Kelurahan Ngagel Rejo — 1", "", "{}");
        assertThat(withNonAscii).hasSize(64).matches("[0-9a-f]{64}");
    }
}
