package id.satupintu.complaints;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One public event of a publicly listed complaint (a line of its public timeline with the complaint's code), for
 * clients that follow changes rather than re-reading whole complaints (Open311's service request updates).
 */
public record PublicUpdate(UUID id, String trackingCode, ComplaintEventKind kind, Instant at, Optional<String> agencyCode,
                           Optional<String> message) {
}
