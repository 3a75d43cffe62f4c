package id.satupintu.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A complaint as anyone may see it: what and where, who in government answers for it, how it stands. Nothing in it
 * identifies the reporter.
 *
 * @param agencies    agency (or office) codes working on it, in dispatch order
 * @param expectedAt  the resolution deadline, once verified
 */
public record PublicComplaint(UUID id, String trackingCode, String categoryCode, String description,
                              Optional<GeoPoint> point, Optional<String> address, Optional<String> kecamatanCode,
                              Optional<String> kelurahanCode, ComplaintStatus status, List<String> agencies,
                              int supporters, List<UUID> photoIds, Instant submittedAt, Instant updatedAt,
                              Optional<Instant> expectedAt, Optional<String> statusNote, boolean overdue) {

    public PublicComplaint {
        agencies = List.copyOf(agencies);
        photoIds = List.copyOf(photoIds);
    }
}
