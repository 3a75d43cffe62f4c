package id.satupintu.identity;

import id.satupintu.shared.TenantId;

import java.util.UUID;

/** A citizen confirmed their contact with a one-time code and can now sign in. */
public record CitizenRegistered(TenantId tenant, UUID accountId) {
}
