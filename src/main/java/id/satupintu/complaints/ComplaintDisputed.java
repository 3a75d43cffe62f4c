package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The reporter disputed the resolution ("closed, not fixed"): the agencies that had resolved it. */
public record ComplaintDisputed(UUID eventId, TenantId tenant, ComplaintFacts complaint, List<String> agencies,
                                Instant occurredAt) implements ComplaintPublishedEvent {

    public ComplaintDisputed {
        agencies = List.copyOf(agencies);
    }
}
