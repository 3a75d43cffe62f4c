package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One agency finished its task with a proof photo; {@code onTime} against the complaint's resolution deadline.
 *
 * @param openedAt when the agency received the task
 */
public record ComplaintTaskResolved(UUID eventId, TenantId tenant, ComplaintFacts complaint, UUID taskId,
                                    String agencyCode, Instant openedAt, Optional<Instant> resolveDue, boolean onTime,
                                    Instant occurredAt) implements ComplaintPublishedEvent {
}
