package id.satupintu.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an audit entry, written down so that an auditor can recompute it with any tool:
 * <pre>
 *   hash = lowercase hex of SHA-256 over the UTF-8 bytes of
 *          F(prev_hash) '|' F(tenant_id) '|' F(seq) '|' F(recorded_at) '|' F(actor_id) '|' F(actor_role) '|'
 *          F(action) '|' F(object_type) '|' F(object_id) '|' F(client_ip) '|' F(details)
 *   F(value) = (number of UTF-8 bytes of value, in decimal) ':' value
 * </pre>
 * where {@code seq} is written in decimal and {@code recorded_at} as microseconds since the epoch in decimal. The
 * length prefix keeps field boundaries fixed: moving a {@code |} from one field into the next changes the hash.
 */
final class EntryHash {

    static final String GENESIS = "0".repeat(64);

    private EntryHash() {
    }

    static String of(String prevHash, String tenant, long seq, Instant recordedAt, String actorId, String actorRole,
                     String action, String objectType, String objectId, String clientIp, String details) {
        MessageDigest sha256 = sha256();
        String[] fields = {prevHash, tenant, Long.toString(seq), Long.toString(micros(recordedAt)), actorId, actorRole,
                action, objectType, objectId, clientIp, details};
        for (int i = 0; i < fields.length; i++) {
            byte[] value = fields[i].getBytes(StandardCharsets.UTF_8);
            if (i > 0) {
                sha256.update((byte) '|');
            }
            sha256.update((value.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha256.update(value);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
