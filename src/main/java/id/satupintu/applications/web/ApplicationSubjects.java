package id.satupintu.applications.web;

import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.PartView;
import id.satupintu.catalog.Bundle;
import id.satupintu.catalog.Catalog;
import id.satupintu.catalog.DocumentRequirement;
import id.satupintu.catalog.LocalizedText;
import id.satupintu.catalog.ServiceDefinition;
import id.satupintu.catalog.WorkflowStep;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What an application was filed for (service at its version, or bundle and services) and agency names, for pages. */
@Component
class ApplicationSubjects {

    private final Catalog catalog;
    private final Organisation organisation;

    ApplicationSubjects(Catalog catalog, Organisation organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    PageModels.Subject subject(TenantId tenant, String code, boolean bundle) {
        if (!bundle) {
            ServiceDefinition service = catalog.service(tenant, code).orElseThrow(() -> new NotFoundException("service", code));
            return ofService(service);
        }
        Bundle found = catalog.bundle(tenant, code).orElseThrow(() -> new NotFoundException("bundle", code));
        return ofBundle(tenant, found, Map.of());
    }

    PageModels.Subject subject(TenantId tenant, ApplicationView app) {
        if (!app.bundle()) {
            ServiceDefinition service = catalog.service(tenant, app.subjectCode(), app.subjectVersion())
                    .or(() -> catalog.service(tenant, app.subjectCode()))
                    .orElseThrow(() -> new NotFoundException("service", app.subjectCode()));
            return ofService(service);
        }
        Bundle found = catalog.bundle(tenant, app.subjectCode()).orElseThrow(() -> new NotFoundException("bundle", app.subjectCode()));
        return ofBundle(tenant, found, app.parts().stream()
                .collect(Collectors.toMap(PartView::serviceCode, PartView::serviceVersion, (a, b) -> a)));
    }

    private static PageModels.Subject ofService(ServiceDefinition service) {
        return new PageModels.Subject(service.code(), false, service.names(), service.formSchema(), service.documents(),
                needsArea(List.of(service)), List.of(service));
    }

    private PageModels.Subject ofBundle(TenantId tenant, Bundle bundle, Map<String, Integer> versions) {
        List<ServiceDefinition> services = bundle.services().stream()
                .map(code -> (versions.containsKey(code) ? catalog.service(tenant, code, versions.get(code)) : catalog.service(tenant, code)))
                .flatMap(Optional::stream).toList();
        Map<String, DocumentRequirement> documents = new LinkedHashMap<>();
        services.forEach(service -> service.documents().stream()
                .filter(doc -> !bundle.documentsProvided().contains(doc.code()))
                .forEach(doc -> documents.merge(doc.code(), doc, (a, b) -> a.required() ? a : b)));
        return new PageModels.Subject(bundle.code(), true, bundle.names(), bundle.formSchema(), List.copyOf(documents.values()),
                needsArea(services), services);
    }

    private static boolean needsArea(List<ServiceDefinition> services) {
        return services.stream().flatMap(s -> s.workflow().stream()).flatMap(stage -> stage.steps().stream())
                .flatMap(step -> step.agency().stream())
                .anyMatch(code -> code.equals(WorkflowStep.APPLICANT_KELURAHAN) || code.equals(WorkflowStep.APPLICANT_KECAMATAN));
    }

    LocalizedText subjectNames(TenantId tenant, String code, boolean bundle) {
        return bundle ? catalog.bundle(tenant, code).map(Bundle::names).orElse(new LocalizedText(code, code))
                : catalog.service(tenant, code).map(ServiceDefinition::names).orElse(new LocalizedText(code, code));
    }

    PageModels.Agencies agencies(TenantId tenant) {
        return new PageModels.Agencies(organisation.agencies(tenant).stream()
                .collect(Collectors.toMap(AgencyView::code, Function.identity(), (a, b) -> a)));
    }
}
