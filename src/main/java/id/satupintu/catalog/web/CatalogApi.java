package id.satupintu.catalog.web;

import id.satupintu.catalog.Catalog;
import id.satupintu.catalog.LocalizedText;
import id.satupintu.catalog.ServiceDefinition;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The catalogue over JSON, public like its pages. */
@RestController
@Tag(name = "catalog", description = "Services and permits of the city")
class CatalogApi {

    private final Catalog catalog;

    CatalogApi(Catalog catalog) {
        this.catalog = catalog;
    }

    record ServiceSummary(String code, int version, String agency, LocalizedText names, List<String> lifeNeeds, long fee,
                          int slaWorkingDays, boolean automatic, Set<String> agenciesInvolved) {
        static ServiceSummary of(ServiceDefinition s) {
            return new ServiceSummary(s.code(), s.version(), s.agency(), s.names(), s.lifeNeeds(), s.fee(), s.slaWorkingDays(),
                    s.automatic(), s.agenciesInvolved());
        }
    }

    @GetMapping("/api/v1/services")
    @Operation(summary = "Current services, optionally searched (q), or filtered by life need or responsible agency")
    List<ServiceSummary> services(TenantId tenant, @RequestParam(required = false) @Nullable String q,
                                  @RequestParam(required = false) @Nullable String need,
                                  @RequestParam(required = false) @Nullable String agency) {
        List<ServiceDefinition> services = catalog.services(tenant);
        if (q != null && !q.isBlank()) {
            Set<String> found = catalog.search(tenant, q).stream().filter(hit -> !hit.bundle())
                    .map(Catalog.SearchHit::code).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            services = found.stream().map(code -> catalog.service(tenant, code)).flatMap(java.util.Optional::stream).toList();
        }
        return services.stream()
                .filter(s -> need == null || s.lifeNeeds().contains(need))
                .filter(s -> agency == null || s.agency().equals(agency))
                .map(ServiceSummary::of).toList();
    }

    @GetMapping("/api/v1/services/{code}")
    @Operation(summary = "A service's current version in full: requirements, documents, form (JSON Schema) and workflow")
    ServiceDefinition service(TenantId tenant, @PathVariable String code) {
        return catalog.service(tenant, code).orElseThrow(() -> new NotFoundException("service", code));
    }
}
