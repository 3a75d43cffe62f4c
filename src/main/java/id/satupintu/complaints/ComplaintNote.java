package id.satupintu.complaints;

import java.time.Instant;
import java.util.UUID;

/** An officers' internal note on a complaint: never shown to the reporter or the public. */
public record ComplaintNote(UUID id, Instant at, UUID authorId, String authorName, String agencyCode, String body) {
}
