package id.satupintu.applications;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/** An officer handed a step to another agency or office; it lands there open, its deadline unchanged. */
public record StepHandedOver(UUID eventId, TenantId tenant, UUID applicationId, String trackingCode, UUID stepId,
                             String stepCode, String serviceCode, String fromAgencyCode, String toAgencyCode,
                             UUID officerId, Instant handedOverAt, Instant dueAt) implements PublishedEvent {

    @Override
    public Instant occurredAt() {
        return handedOverAt;
    }
}
