package id.satupintu.applications;

import java.time.Instant;
import java.util.UUID;

/** An internal note on a case: seen by officers of the agencies it is routed to, never by the citizen. */
public record Note(UUID id, Instant at, UUID authorId, String authorName, String agencyCode, String body) {
}
