package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A complaint came in (never carries who reported it).
 *
 * @param verifyDue when the complaint desk must have verified or rejected it
 */
public record ComplaintFiled(UUID eventId, TenantId tenant, ComplaintFacts complaint, PrivacyMode privacy,
                             Optional<GeoPoint> point, Instant verifyDue, Instant occurredAt) implements ComplaintPublishedEvent {
}
