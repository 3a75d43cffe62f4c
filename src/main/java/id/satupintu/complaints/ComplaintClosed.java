package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A resolved complaint closed: confirmed by its reporter, or by itself when the reporter did not answer in time.
 *
 * @param confirmed true when the reporter confirmed, false when it closed by itself
 */
public record ComplaintClosed(UUID eventId, TenantId tenant, ComplaintFacts complaint, List<String> agencies,
                              boolean confirmed, Instant occurredAt) implements ComplaintPublishedEvent {

    public ComplaintClosed {
        agencies = List.copyOf(agencies);
    }
}
