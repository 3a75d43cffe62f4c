package id.satupintu.applications;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.events.PublishedEvent;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A deadline passed with the work not done: a step's ({@code stepId} present) or the application's overall one.
 * Published once per deadline, whichever node notices first.
 *
 * @param agencyCode  the step's agency, or the agency responsible for the application
 * @param serviceCode the step's service, or the subject (service or bundle code) for the overall deadline
 */
public record SlaBreached(UUID eventId, TenantId tenant, UUID applicationId, String trackingCode, Optional<UUID> stepId,
                          String agencyCode, String serviceCode, Optional<String> kelurahanCode,
                          Optional<String> kecamatanCode, Instant dueAt, Instant detectedAt) implements PublishedEvent {

    @Override
    public Instant occurredAt() {
        return detectedAt;
    }
}
