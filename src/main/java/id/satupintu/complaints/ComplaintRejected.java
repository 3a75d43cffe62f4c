package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/** The complaint desk rejected a complaint, giving the public reason. */
public record ComplaintRejected(UUID eventId, TenantId tenant, ComplaintFacts complaint, String reason, boolean onTime,
                                Instant occurredAt) implements ComplaintPublishedEvent {
}
