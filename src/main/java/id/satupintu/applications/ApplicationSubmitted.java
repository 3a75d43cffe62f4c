package id.satupintu.applications;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A citizen submitted an application; {@code agencies} are the agency codes its steps are routed to. */
public record ApplicationSubmitted(TenantId tenant, UUID applicationId, String trackingCode, String subjectCode,
                                   boolean bundle, List<String> agencies, Instant submittedAt, Instant dueAt) {

    public ApplicationSubmitted {
        agencies = List.copyOf(agencies);
    }
}
