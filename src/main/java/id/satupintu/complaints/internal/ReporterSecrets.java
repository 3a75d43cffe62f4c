package id.satupintu.complaints.internal;

import id.satupintu.complaints.ReporterSecret;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.identity.PersonalDataVault;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The secret a reporter without an account acts with: handed out once at filing, only its keyed hash kept, checked
 * in constant time. A wrong secret and an unknown code look the same.
 */
@Component
class ReporterSecrets {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ComplaintStore store;
    private final PersonalDataVault vault;
    private final ComplaintsProperties properties;

    ReporterSecrets(ComplaintStore store, PersonalDataVault vault, ComplaintsProperties properties) {
        this.store = store;
        this.vault = vault;
        this.properties = properties;
    }

    /** 20 characters of Crockford's base 32 (100 random bits), in groups of five for reading aloud or typing. */
    String newSecret() {
        StringBuilder secret = new StringBuilder(23);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                secret.append('-');
            }
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    String hash(UUID complaintId, String secret) {
        return vault.fingerprint("complaint-reporter:" + complaintId + ":" + secret);
    }

    /** The complaint whose code and secret belong together; the same empty answer for an unknown code. */
    Optional<ComplaintRow> find(ReporterSecret key) {
        return TrackingCode.parse(key.trackingCode(), properties.trackingPrefix())
                .flatMap(code -> store.findByCode(key.tenant(), code.value()))
                .filter(row -> key.secret() != null && key.secret().length() <= 64
                        && store.reporterSecretHash(row.tenant(), row.id())
                        .map(hash -> MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                                hash(row.id(), normalised(key.secret())).getBytes(StandardCharsets.US_ASCII)))
                        .orElse(false));
    }

    /** Who acts with a secret: nobody the system knows (no account, no roles). */
    static Viewer holder(TenantId tenant) {
        return new Viewer(new UUID(0, 0), tenant, "reporter", Set.of(), Optional.empty());
    }

    static boolean isHolder(Viewer viewer) {
        return viewer.accountId().equals(new UUID(0, 0)) && viewer.roles().isEmpty();
    }

    /** Typed back by hand: case, spaces and the letters people confuse with digits do not matter. */
    private static String normalised(String typed) {
        String plain = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        StringBuilder grouped = new StringBuilder(plain.length() + 4);
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % 5 == 0) {
                grouped.append('-');
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.toString();
    }
}
