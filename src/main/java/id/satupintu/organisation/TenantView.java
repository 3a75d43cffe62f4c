package id.satupintu.organisation;

import id.satupintu.shared.TenantId;

import java.time.Instant;

/** A regional government served by this deployment. */
public record TenantView(TenantId id, String name, TenantKind kind, Instant createdAt) {
}
