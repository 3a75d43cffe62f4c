package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * The complaint desk accepted a complaint; its resolution deadline now runs.
 *
 * @param onTime verified by its verification deadline
 */
public record ComplaintVerified(UUID eventId, TenantId tenant, ComplaintFacts complaint, ResolutionTier tier,
                                Instant resolveDue, boolean onTime, Instant occurredAt) implements ComplaintPublishedEvent {
}
