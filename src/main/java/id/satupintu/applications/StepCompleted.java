package id.satupintu.applications;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A workflow step was decided.
 *
 * @param outcome APPROVED or REJECTED
 * @param late    decided after its deadline
 */
public record StepCompleted(TenantId tenant, UUID applicationId, String trackingCode, UUID stepId, String stepCode,
                            String agencyCode, String serviceCode, StepStatus outcome, boolean automatic,
                            Instant completedAt, boolean late) {
}
