package id.satupintu.applications;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Every part of an application finished.
 *
 * @param outcome COMPLETED (something granted) or REJECTED
 * @param late    finished after the overall deadline
 */
public record ApplicationCompleted(TenantId tenant, UUID applicationId, String trackingCode, String subjectCode,
                                   String responsibleAgency, ApplicationStatus outcome, Instant submittedAt,
                                   Instant completedAt, boolean late) {
}
