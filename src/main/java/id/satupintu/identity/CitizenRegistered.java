package id.satupintu.identity;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/** A citizen confirmed their contact with a one-time code and can now sign in. */
public record CitizenRegistered(UUID eventId, TenantId tenant, UUID accountId, Instant occurredAt)
        implements PublishedEvent {
}
