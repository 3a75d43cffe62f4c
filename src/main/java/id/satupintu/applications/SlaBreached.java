package id.satupintu.applications;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A deadline passed with the work not done: a step's ({@code stepId} present) or the application's overall one.
 * Published once per deadline, whichever node notices first.
 */
public record SlaBreached(TenantId tenant, UUID applicationId, String trackingCode, Optional<UUID> stepId,
                          String agencyCode, Instant dueAt, Instant detectedAt) {
}
