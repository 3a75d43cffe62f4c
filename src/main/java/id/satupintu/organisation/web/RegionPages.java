package id.satupintu.organisation.web;

import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.RegionLevel;
import id.satupintu.organisation.RegionView;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The admin's view of the region tree: kecamatan, then the kelurahan of one kecamatan with their offices. */
@PageController
class RegionPages {

    static final String LIST = "/admin/wilayah";

    private final Organisation organisation;

    RegionPages(Organisation organisation) {
        this.organisation = organisation;
    }

    @GetMapping(LIST)
    String kecamatan(TenantId tenant, Model model) {
        model.addAttribute("groups", RegionGroup.of(organisation, tenant));
        return "organisation/regions";
    }

    @GetMapping(LIST + "/{code}")
    String kelurahan(TenantId tenant, @PathVariable String code, Model model) {
        RegionView kecamatan = organisation.region(tenant, code)
                .filter(region -> region.level() == RegionLevel.KECAMATAN)
                .orElseThrow(() -> new NotFoundException("Kecamatan", code));
        model.addAttribute("kecamatan", kecamatan);
        model.addAttribute("kelurahan", organisation.regions(tenant, RegionLevel.KELURAHAN, Optional.of(kecamatan.code())));
        model.addAttribute("offices", officesByRegion(tenant));
        return "organisation/kelurahan";
    }

    /** The kecamatan or kelurahan office serving each region code. */
    private Map<String, AgencyView> officesByRegion(TenantId tenant) {
        return organisation.agencies(tenant).stream()
                .filter(agency -> agency.kind().isOffice() && agency.regionCode().isPresent())
                .collect(Collectors.toMap(agency -> agency.regionCode().orElseThrow(), Function.identity(),
                        (first, second) -> first.active() ? first : second));
    }
}
