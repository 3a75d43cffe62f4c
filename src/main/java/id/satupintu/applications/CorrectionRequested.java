package id.satupintu.applications;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * An officer asked the citizen for a correction of a step; its clock (and the application's) pause until the
 * citizen answers. The question itself stays in the module (it may name personal data).
 */
public record CorrectionRequested(UUID eventId, TenantId tenant, UUID applicationId, String trackingCode, UUID stepId,
                                  String agencyCode, String serviceCode, UUID officerId, Instant requestedAt)
        implements PublishedEvent {

    @Override
    public Instant occurredAt() {
        return requestedAt;
    }
}
