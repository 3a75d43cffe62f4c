package id.satupintu.organisation.web;

import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.RegionLevel;
import id.satupintu.organisation.RegionView;
import id.satupintu.shared.TenantId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A kecamatan with its kelurahan, for region pickers and the region tree. */
public record RegionGroup(RegionView kecamatan, List<RegionView> kelurahan) {

    public RegionGroup {
        kelurahan = List.copyOf(kelurahan);
    }

    /** The whole tree of a tenant in two queries. */
    static List<RegionGroup> of(Organisation organisation, TenantId tenant) {
        Map<String, List<RegionView>> byKecamatan = organisation.regions(tenant, RegionLevel.KELURAHAN, Optional.empty())
                .stream().collect(Collectors.groupingBy(region -> region.parentCode().orElse("")));
        return organisation.regions(tenant, RegionLevel.KECAMATAN, Optional.empty()).stream()
                .map(kecamatan -> new RegionGroup(kecamatan, byKecamatan.getOrDefault(kecamatan.code(), List.of())))
                .toList();
    }
}
