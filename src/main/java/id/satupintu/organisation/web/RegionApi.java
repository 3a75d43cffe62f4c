package id.satupintu.organisation.web;

import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.RegionLevel;
import id.satupintu.organisation.RegionView;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/** The tenant's Kemendagri regions (public). */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Organisation")
class RegionApi {

    private final Organisation organisation;

    RegionApi(Organisation organisation) {
        this.organisation = organisation;
    }

    record RegionResource(String code, RegionLevel level, String name, @Nullable String parentCode) {

        static RegionResource of(RegionView region) {
            return new RegionResource(region.code(), region.level(), region.name(), region.parentCode().orElse(null));
        }
    }

    @GetMapping
    @Operation(summary = "Kecamatan of the tenant, or the kelurahan of one kecamatan (parent=35.78.01)")
    List<RegionResource> list(TenantId tenant,
                              @Parameter(description = "default: KELURAHAN when a parent is given, else KECAMATAN")
                              @RequestParam(required = false) @Nullable RegionLevel level,
                              @Parameter(description = "kecamatan code") @RequestParam(required = false) @Nullable String parent) {
        Optional<String> parentCode = Optional.ofNullable(parent).filter(code -> !code.isBlank());
        RegionLevel wanted = level != null ? level : parentCode.isPresent() ? RegionLevel.KELURAHAN : RegionLevel.KECAMATAN;
        return organisation.regions(tenant, wanted, parentCode).stream().map(RegionResource::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One region by its Kemendagri code")
    RegionResource one(TenantId tenant, @PathVariable String code) {
        return organisation.region(tenant, code).map(RegionResource::of)
                .orElseThrow(() -> new NotFoundException("Region", code));
    }
}
