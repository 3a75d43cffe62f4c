package id.satupintu.catalog.web;

import id.satupintu.catalog.Bundle;
import id.satupintu.catalog.Catalog;
import id.satupintu.catalog.ServiceDefinition;
import id.satupintu.catalog.WorkflowStep;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finding a service: browse by agency or life need, search, and each service's page. Public, no sign-in. */
@PageController
public class CatalogPages {

    private final Catalog catalog;
    private final Organisation organisation;

    CatalogPages(Catalog catalog, Organisation organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    /** A group of services under one heading (an agency or a life need). */
    public record Group(String key, String titleId, String titleEn, List<ServiceDefinition> services) {
        public String title(String lang) {
            return "en".equals(lang) ? titleEn : titleId;
        }
    }

    /** An agency taking part in a service: its name, or the applicant's own kelurahan/kecamatan office. */
    public record Involved(String code, String nameId, String nameEn) {
        public String name(String lang) {
            return "en".equals(lang) ? nameEn : nameId;
        }
    }

    @GetMapping("/layanan")
    String services(TenantId tenant, @RequestParam(name = "q", defaultValue = "") String query,
                    @RequestParam(name = "menurut", defaultValue = "kebutuhan") String by, Model model) {
        model.addAttribute("query", query.strip());
        model.addAttribute("hits", query.isBlank() ? List.of() : catalog.search(tenant, query));
        model.addAttribute("by", "dinas".equals(by) ? "dinas" : "kebutuhan");
        model.addAttribute("bundles", catalog.bundles(tenant));
        List<ServiceDefinition> services = catalog.services(tenant);
        Map<String, AgencyView> agencies = agencies(tenant);
        List<Group> groups = new ArrayList<>();
        if ("dinas".equals(by)) {
            services.stream().collect(Collectors.groupingBy(ServiceDefinition::agency, TreeMap::new, Collectors.toList()))
                    .forEach((code, list) -> groups.add(new Group(code,
                            agencies.containsKey(code) ? agencies.get(code).nameId() : code,
                            agencies.containsKey(code) ? agencies.get(code).nameEn() : code, list)));
        } else {
            TreeMap<String, List<ServiceDefinition>> byNeed = new TreeMap<>();
            services.forEach(s -> s.lifeNeeds().forEach(need -> byNeed.computeIfAbsent(need, k -> new ArrayList<>()).add(s)));
            byNeed.forEach((need, list) -> groups.add(new Group(need, "", "", list)));
        }
        model.addAttribute("groups", groups);
        model.addAttribute("serviceCount", services.size());
        return "catalog/services";
    }

    @GetMapping("/layanan/{code}")
    String service(TenantId tenant, @PathVariable String code, Model model) {
        ServiceDefinition service = catalog.service(tenant, code).orElseThrow(() -> new NotFoundException("service", code));
        model.addAttribute("service", service);
        model.addAttribute("involved", involved(tenant, service));
        model.addAttribute("bundles", catalog.bundles(tenant).stream().filter(b -> b.services().contains(code)).toList());
        return "catalog/service";
    }

    @GetMapping("/layanan/paket/{code}")
    String bundle(TenantId tenant, @PathVariable String code, Model model) {
        Bundle bundle = catalog.bundle(tenant, code).orElseThrow(() -> new NotFoundException("bundle", code));
        model.addAttribute("bundle", bundle);
        model.addAttribute("services", bundle.services().stream().map(s -> catalog.service(tenant, s)).flatMap(java.util.Optional::stream).toList());
        return "catalog/bundle";
    }

    private List<Involved> involved(TenantId tenant, ServiceDefinition service) {
        Map<String, AgencyView> agencies = agencies(tenant);
        return service.agenciesInvolved().stream().map(code -> switch (code) {
            case WorkflowStep.APPLICANT_KELURAHAN -> new Involved(code, "Kantor kelurahan Anda", "Your kelurahan office");
            case WorkflowStep.APPLICANT_KECAMATAN -> new Involved(code, "Kantor kecamatan Anda", "Your kecamatan office");
            default -> agencies.containsKey(code)
                    ? new Involved(code, agencies.get(code).nameId(), agencies.get(code).nameEn())
                    : new Involved(code, code, code);
        }).toList();
    }

    private Map<String, AgencyView> agencies(TenantId tenant) {
        return organisation.agencies(tenant).stream().collect(Collectors.toMap(AgencyView::code, Function.identity()));
    }
}
