package id.satupintu.applications.internal;

import id.satupintu.shared.TenantId;

import java.util.UUID;

/**
 * Internal: something the citizen should hear about happened to their application (a timeline kind). Carries ids
 * only; the notifier reads the rest, so no personal data travels in events.
 */
public record ApplicationStatusChanged(TenantId tenant, UUID applicationId, String kind) {
}
