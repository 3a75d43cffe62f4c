package id.satupintu.shared.events.internal;

import java.util.UUID;

/** An internal event, as modules have in their {@code internal} packages: it must never leave the process. */
public record SomethingInternalHappened(UUID eventId, String marker) {
}
