package id.satupintu.shared.events;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * An event that is part of its module's API: other modules listen to it, and with several nodes it leaves the
 * process for RabbitMQ. Records implementing it live in the module's root package, are named in the past tense and
 * carry the facts a listener needs without calling back. Internal events never implement it and never leave the
 * process.
 *
 * <p>Delivery is at least once (a crash between the listener's work and the publication's completion delivers it
 * again), so every event carries a stable {@link #eventId()} made once when the fact happened, and listeners dedupe
 * on it with {@link EventReceipts}.
 */
public interface PublishedEvent {

    /** Made once when the event is created ({@code Ids.newId()}); the same on every delivery. */
    UUID eventId();

    TenantId tenant();

    /** When the fact happened. */
    Instant occurredAt();
}
