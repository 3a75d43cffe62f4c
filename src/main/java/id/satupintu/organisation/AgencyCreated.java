package id.satupintu.organisation;

import id.satupintu.shared.TenantId;

import java.util.UUID;

/** A new agency exists (created by an admin or loaded in bulk). */
public record AgencyCreated(TenantId tenant, UUID agencyId, String code) {
}
