package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/** The desk merged a duplicate into another open complaint; its reporter and supporters follow that one. */
public record ComplaintMerged(UUID eventId, TenantId tenant, ComplaintFacts complaint, UUID intoComplaintId,
                             String intoTrackingCode, Instant occurredAt) implements ComplaintPublishedEvent {
}
