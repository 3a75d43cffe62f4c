package id.satupintu.applications;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.events.PublishedEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The citizen answered a correction: the clocks run again, moved later by the working days paused.
 *
 * @param stepIds the steps that waited for it, back with their officers
 * @param dueAt   the application's overall deadline after the pause
 */
public record CorrectionAnswered(UUID eventId, TenantId tenant, UUID applicationId, String trackingCode,
                                 List<UUID> stepIds, Instant answeredAt, Instant dueAt) implements PublishedEvent {

    public CorrectionAnswered {
        stepIds = List.copyOf(stepIds);
    }

    @Override
    public Instant occurredAt() {
        return answeredAt;
    }
}
