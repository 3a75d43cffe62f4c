package id.satupintu.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a tenant's audit chain, as stored.
 *
 * @param seq        position in the tenant's chain, 1, 2, 3, ... without gaps
 * @param actorId    the account UUID, {@code system} (no request) or {@code anonymous} (a request nobody signed in to)
 * @param actorRole  the actor's highest role, or an empty string for {@code system} and {@code anonymous}
 * @param objectId   the object's identifier; empty when there is none (a failed sign-in never names the account)
 * @param clientIp   the address the request came from, or an empty string outside a request
 * @param details    identifiers only, never personal data
 * @param prevHash   the hash of entry {@code seq - 1} (64 zeros for the first entry)
 * @param hash       SHA-256 (hex) over {@code prevHash} and every other field
 */
public record AuditEntry(long seq, Instant recordedAt, String actorId, String actorRole, String action,
                         String objectType, String objectId, String clientIp, Map<String, String> details,
                         String prevHash, String hash) {

    public AuditEntry {
        details = Map.copyOf(details);
    }
}
