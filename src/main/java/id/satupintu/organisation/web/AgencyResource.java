package id.satupintu.organisation.web;

import id.satupintu.organisation.AgencyView;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** An agency as the JSON API shows it. */
record AgencyResource(UUID id, String code, String kind, String nameId, String nameEn, String shortName,
                      @Nullable String regionCode, boolean active, int version, Instant createdAt,
                      Instant updatedAt) {

    static AgencyResource of(AgencyView agency) {
        return new AgencyResource(agency.id(), agency.code(), agency.kind().name(), agency.nameId(), agency.nameEn(),
                agency.shortName(), agency.regionCode().orElse(null), agency.active(), agency.version(),
                agency.createdAt(), agency.updatedAt());
    }
}
