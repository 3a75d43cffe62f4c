package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The reporter rated the resolution (1-5 stars), for the reputation module. */
public record ComplaintRated(UUID eventId, TenantId tenant, ComplaintFacts complaint, List<String> agencies, int stars,
                             Instant occurredAt) implements ComplaintPublishedEvent {

    public ComplaintRated {
        agencies = List.copyOf(agencies);
    }
}
