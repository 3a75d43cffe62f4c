package id.satupintu.applications;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.events.PublishedEvent;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A step reached an agency's (or a kelurahan/kecamatan office's) inbox, with its deadline: the workflow opened its
 * stage. Automatic steps pass at once and publish only {@link StepCompleted}.
 *
 * @param requiredRole OFFICER or AGENCY_HEAD: who may decide it
 */
public record StepOpened(UUID eventId, TenantId tenant, UUID applicationId, String trackingCode, UUID stepId,
                         String stepCode, String agencyCode, String serviceCode, String requiredRole,
                         Optional<String> kelurahanCode, Optional<String> kecamatanCode, Instant openedAt,
                         Instant dueAt) implements PublishedEvent {

    @Override
    public Instant occurredAt() {
        return openedAt;
    }
}
