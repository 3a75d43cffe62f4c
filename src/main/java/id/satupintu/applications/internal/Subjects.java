package id.satupintu.applications.internal;

import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.applications.internal.Rows.PartRow;
import id.satupintu.catalog.Bundle;
import id.satupintu.catalog.Catalog;
import id.satupintu.catalog.DocumentRequirement;
import id.satupintu.catalog.ServiceDefinition;
import id.satupintu.catalog.WorkflowStage;
import id.satupintu.catalog.WorkflowStep;
import id.satupintu.organisation.AgencyKind;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.TenantId;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an application is for, from the catalogue: a service, or a bundle of services; and where its steps go. */
@Component
class Subjects {

    private final Catalog catalog;
    private final Organisation organisation;

    Subjects(Catalog catalog, Organisation organisation) {
        this.catalog = catalog;
        this.organisation = organisation;
    }

    record Subject(String code, int version, String responsibleAgency, int slaDays, String formSchema,
                   List<ServiceDefinition> services, List<DocumentRequirement> documents) {

        boolean needsArea() {
            return services.stream().flatMap(s -> s.workflow().stream()).flatMap(stage -> stage.steps().stream())
                    .flatMap(step -> step.agency().stream())
                    .anyMatch(code -> code.equals(WorkflowStep.APPLICANT_KELURAHAN) || code.equals(WorkflowStep.APPLICANT_KECAMATAN));
        }
    }

    /** The current version of a service or bundle. */
    Optional<Subject> current(TenantId tenant, String code, boolean bundle) {
        if (!bundle) {
            return catalog.service(tenant, code).map(Subjects::of);
        }
        return catalog.bundle(tenant, code).map(b -> of(tenant, b, Map.of()));
    }

    /** The subject as filed: the service version it was started under; a bundle's parts as they were submitted. */
    Subject of(ApplicationRow app, List<PartRow> parts) {
        if (!app.bundle()) {
            return catalog.service(app.tenant(), app.subjectCode(), app.subjectVersion()).map(Subjects::of)
                    .orElseThrow(() -> new IllegalStateException("Service version gone: " + app.subjectCode() + " v" + app.subjectVersion()));
        }
        Map<String, Integer> versions = parts.stream()
                .collect(Collectors.toMap(PartRow::serviceCode, PartRow::serviceVersion, (a, b) -> a));
        Bundle bundle = catalog.bundle(app.tenant(), app.subjectCode())
                .orElseThrow(() -> new IllegalStateException("Bundle gone: " + app.subjectCode()));
        return of(app.tenant(), bundle, versions);
    }

    /** The parts to submit, each step routed to its agency (or the applicant's kelurahan / kecamatan office). */
    List<Application.PlannedPart> plan(ApplicationRow app, Subject subject) {
        List<Application.PlannedPart> parts = new ArrayList<>();
        for (ServiceDefinition service : subject.services()) {
            List<Application.PlannedStep> steps = new ArrayList<>();
            for (int s = 0; s < service.workflow().size(); s++) {
                WorkflowStage stage = service.workflow().get(s);
                for (int i = 0; i < stage.steps().size(); i++) {
                    WorkflowStep step = stage.steps().get(i);
                    steps.add(new Application.PlannedStep(s, i, step.code(), step.names().id(), step.names().en(),
                            route(app, service, step), step.role().orElse(null), step.automatic(), step.slaWorkingDays()));
                }
            }
            parts.add(new Application.PlannedPart(service.code(), service.version(), steps));
        }
        return parts;
    }

    private String route(ApplicationRow app, ServiceDefinition service, WorkflowStep step) {
        String code = step.agency().orElse(service.agency());
        boolean kelurahan = WorkflowStep.APPLICANT_KELURAHAN.equals(code);
        if (!kelurahan && !WorkflowStep.APPLICANT_KECAMATAN.equals(code)) {
            return code;
        }
        String region = Objects.requireNonNull(app.kelurahanCode(), "kelurahan checked before");
        String wanted = kelurahan ? region : region.substring(0, region.lastIndexOf('.'));
        AgencyKind kind = kelurahan ? AgencyKind.KELURAHAN : AgencyKind.KECAMATAN;
        return organisation.officeOf(app.tenant(), kind, wanted).map(AgencyView::code)
                .orElseThrow(() -> new InvalidInputException("kelurahan", "application.kelurahan.unserved",
                        "No office serves " + wanted, wanted));
    }

    private static Subject of(ServiceDefinition service) {
        return new Subject(service.code(), service.version(), service.agency(), service.slaWorkingDays(), service.formSchema(),
                List.of(service), service.documents());
    }

    private Subject of(TenantId tenant, Bundle bundle, Map<String, Integer> versions) {
        List<ServiceDefinition> services = bundle.services().stream()
                .map(code -> (versions.containsKey(code) ? catalog.service(tenant, code, versions.get(code)) : catalog.service(tenant, code))
                        .orElseThrow(() -> new IllegalStateException("Bundle " + bundle.code() + " names unknown service " + code)))
                .toList();
        Map<String, DocumentRequirement> documents = new LinkedHashMap<>();
        services.forEach(service -> service.documents().stream()
                .filter(doc -> !bundle.documentsProvided().contains(doc.code()))
                .forEach(doc -> documents.merge(doc.code(), doc, (a, b) -> a.required() ? a : b)));
        return new Subject(bundle.code(), 0, services.getFirst().agency(), bundle.slaWorkingDays(), bundle.formSchema(),
                services, List.copyOf(documents.values()));
    }
}
