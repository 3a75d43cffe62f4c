package id.satupintu.applications;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.events.PublishedEvent;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A workflow step was decided (by an officer, or at once when automatic).
 *
 * @param outcome          APPROVED or REJECTED
 * @param officerId        who decided it; empty for an automatic step
 * @param openedAt         when it reached the agency's inbox
 * @param dueAt            its deadline, moved later by correction pauses
 * @param late             decided after its deadline
 * @param workingDaysTaken working days from opening to the decision (Asia/Jakarta calendar)
 */
public record StepCompleted(UUID eventId, TenantId tenant, UUID applicationId, String trackingCode, UUID stepId,
                            String stepCode, String agencyCode, String serviceCode, StepStatus outcome,
                            boolean automatic, Optional<UUID> officerId, Optional<String> kelurahanCode,
                            Optional<String> kecamatanCode, Instant openedAt, Instant dueAt, Instant completedAt,
                            boolean late, int workingDaysTaken) implements PublishedEvent {

    @Override
    public Instant occurredAt() {
        return completedAt;
    }
}
