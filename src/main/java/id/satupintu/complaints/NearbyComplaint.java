package id.satupintu.complaints;

import java.time.Instant;
import java.util.UUID;

/** An open complaint of the same category close to where a reporter is about to file: join it instead. */
public record NearbyComplaint(UUID id, String trackingCode, String description, int metres, ComplaintStatus status,
                              int supporters, Instant submittedAt) {
}
