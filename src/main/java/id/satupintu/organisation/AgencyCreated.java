package id.satupintu.organisation;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/** A new agency exists (created by an admin or loaded in bulk). */
public record AgencyCreated(UUID eventId, TenantId tenant, UUID agencyId, String code, Instant occurredAt)
        implements PublishedEvent {
}
