package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every task of a complaint is resolved; {@code onTime} against the complaint's resolution deadline. */
public record ComplaintResolved(UUID eventId, TenantId tenant, ComplaintFacts complaint, List<String> agencies,
                                Optional<Instant> resolveDue, boolean onTime, Instant autoCloseAt, Instant occurredAt)
        implements ComplaintPublishedEvent {

    public ComplaintResolved {
        agencies = List.copyOf(agencies);
    }
}
