package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/** An agency passed its task on to another agency or office, which now has a task of its own. */
public record ComplaintHandedOver(UUID eventId, TenantId tenant, ComplaintFacts complaint, String fromAgency,
                                  String toAgency, Instant followUpDue, Instant occurredAt) implements ComplaintPublishedEvent {
}
