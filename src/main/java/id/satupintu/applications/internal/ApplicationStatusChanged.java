package id.satupintu.applications.internal;

import id.satupintu.applications.ApplicationEventKind;
import id.satupintu.shared.TenantId;

import java.util.UUID;

/**
 * Internal: something the citizen should hear about happened to their application. Carries ids only; the notifier
 * reads the rest, so no personal data travels in events. {@code eventId} is made once, so a second delivery of the
 * same change is recognised ({@code EventReceipts}).
 */
public record ApplicationStatusChanged(UUID eventId, TenantId tenant, UUID applicationId, ApplicationEventKind kind) {
}
