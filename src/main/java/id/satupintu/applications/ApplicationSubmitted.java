package id.satupintu.applications;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.events.PublishedEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A citizen submitted an application.
 *
 * @param subjectCode       the service code, or the bundle code when {@code bundle}
 * @param serviceCodes      the services applied for (one, or a bundle's parts)
 * @param responsibleAgency the agency answerable for the whole application
 * @param agencies          the agency (and office) codes its steps are routed to, first stage first
 * @param kelurahanCode     the applicant's kelurahan region code, when the application names one
 * @param kecamatanCode     the kecamatan of that kelurahan
 * @param dueAt             the overall deadline (working days, Asia/Jakarta)
 */
public record ApplicationSubmitted(UUID eventId, TenantId tenant, UUID applicationId, String trackingCode,
                                   String subjectCode, boolean bundle, List<String> serviceCodes,
                                   String responsibleAgency, List<String> agencies, Optional<String> kelurahanCode,
                                   Optional<String> kecamatanCode, Instant submittedAt, Instant dueAt)
        implements PublishedEvent {

    public ApplicationSubmitted {
        serviceCodes = List.copyOf(serviceCodes);
        agencies = List.copyOf(agencies);
    }

    @Override
    public Instant occurredAt() {
        return submittedAt;
    }
}
