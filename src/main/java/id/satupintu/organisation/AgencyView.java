package id.satupintu.organisation;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A perangkat daerah or a kecamatan/kelurahan office of one tenant.
 *
 * @param code       a lowercase slug, unique in the tenant and never changed (other modules' seed files name it)
 * @param regionCode the region a kecamatan/kelurahan office serves
 * @param version    pass it back to {@link Organisation#updateAgency} so that concurrent edits are noticed
 */
public record AgencyView(UUID id, TenantId tenant, String code, AgencyKind kind, String nameId, String nameEn,
                         String shortName, Optional<String> regionCode, boolean active, int version,
                         Instant createdAt, Instant updatedAt) {

    /** The name in a page language ("en" or anything else for Bahasa Indonesia). */
    public String name(String lang) {
        return "en".equals(lang) ? nameEn : nameId;
    }
}
