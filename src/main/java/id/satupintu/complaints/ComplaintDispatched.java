package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The desk sent a complaint to agencies or offices as parallel tasks (again, after a dispute, with {@code repeated}).
 *
 * @param agencies    the agencies that received a task now
 * @param followUpDue when each of them must have started
 * @param resolveDue  when the complaint must be resolved
 */
public record ComplaintDispatched(UUID eventId, TenantId tenant, ComplaintFacts complaint, List<String> agencies,
                                  ResolutionTier tier, Instant followUpDue, Instant resolveDue, boolean repeated,
                                  Instant occurredAt) implements ComplaintPublishedEvent {

    public ComplaintDispatched {
        agencies = List.copyOf(agencies);
    }
}
