package id.satupintu.applications;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.events.PublishedEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every part of an application finished.
 *
 * @param outcome          COMPLETED (something granted) or REJECTED
 * @param grantedServices  the services whose document was issued
 * @param agencies         every agency a step of it went to
 * @param late             finished after the overall deadline
 * @param workingDaysTaken working days from submission to completion, correction pauses included
 */
public record ApplicationCompleted(UUID eventId, TenantId tenant, UUID applicationId, String trackingCode,
                                   String subjectCode, String responsibleAgency, List<String> grantedServices,
                                   List<String> agencies, Optional<String> kelurahanCode,
                                   Optional<String> kecamatanCode, ApplicationStatus outcome, Instant submittedAt,
                                   Instant dueAt, Instant completedAt, boolean late, int workingDaysTaken)
        implements PublishedEvent {

    public ApplicationCompleted {
        grantedServices = List.copyOf(grantedServices);
        agencies = List.copyOf(agencies);
    }

    @Override
    public Instant occurredAt() {
        return completedAt;
    }
}
