package id.satupintu.catalog;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.events.PublishedEvent;

import java.time.Instant;
import java.util.UUID;

/** A new version of a service became current (from the catalogue files or an admin's edit). */
public record ServicePublished(UUID eventId, TenantId tenant, String code, int version, Instant occurredAt)
        implements PublishedEvent {
}
