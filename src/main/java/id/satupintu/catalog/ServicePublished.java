package id.satupintu.catalog;

import id.satupintu.shared.TenantId;

/** A new version of a service became current (from the catalogue files or an admin's edit). */
public record ServicePublished(TenantId tenant, String code, int version) {
}
