package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The desk reopened a disputed complaint: these agencies' tasks are open again, under a new deadline. */
public record ComplaintReopened(UUID eventId, TenantId tenant, ComplaintFacts complaint, List<String> agencies,
                                Instant resolveDue, Instant occurredAt) implements ComplaintPublishedEvent {

    public ComplaintReopened {
        agencies = List.copyOf(agencies);
    }
}
