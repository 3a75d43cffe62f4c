package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/** An agency started work on its task; {@code onTime} against the task's follow-up deadline. */
public record ComplaintTaskStarted(UUID eventId, TenantId tenant, ComplaintFacts complaint, UUID taskId, String agencyCode,
                                   Instant followUpDue, boolean onTime, Instant occurredAt) implements ComplaintPublishedEvent {
}
