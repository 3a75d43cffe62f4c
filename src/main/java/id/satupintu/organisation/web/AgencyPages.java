package id.satupintu.organisation.web;

import id.satupintu.organisation.AgencyKind;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.RegionView;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.DomainException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The admin's pages for the agencies of their own tenant. */
@PageController
class AgencyPages {

    static final String LIST = "/admin/organisasi";
    static final String NEW = "/admin/organisasi/dinas/baru";
    static final String EDIT = "/admin/organisasi/dinas/{id}";

    private final Organisation organisation;

    AgencyPages(Organisation organisation) {
        this.organisation = organisation;
    }

    @GetMapping(LIST)
    String list(TenantId tenant, @RequestParam(name = "jenis", required = false) @Nullable String kind, Model model) {
        Optional<AgencyKind> filter = Arrays.stream(AgencyKind.values())
                .filter(candidate -> candidate.name().equals(kind)).findFirst();
        List<AgencyView> agencies = organisation.agencies(tenant).stream()
                .filter(agency -> filter.isEmpty() || agency.kind() == filter.get())
                .toList();
        model.addAttribute("agencies", agencies);
        model.addAttribute("regionNames", regionNames(tenant));
        model.addAttribute("kinds", List.of(AgencyKind.values()));
        model.addAttribute("selectedKind", filter.map(AgencyKind::name).orElse(""));
        return "organisation/agencies";
    }

    @GetMapping(NEW)
    String newAgency(TenantId tenant, Model model) {
        return form(tenant, model, AgencyForm.empty(), FormProblems.none(), null);
    }

    @PostMapping(NEW)
    String create(TenantId tenant, @ModelAttribute AgencyForm form, Model model, RedirectAttributes redirect) {
        FormProblems problems = form.problems(true);
        if (problems.any()) {
            return form(tenant, model, form, problems, null);
        }
        try {
            AgencyView created = organisation.createAgency(tenant, form.toNewAgency());
            redirect.addFlashAttribute("notice", "organisation.agency.created");
            redirect.addFlashAttribute("noticeName", created.nameId());
            return "redirect:" + LIST;
        } catch (InvalidInputException | ConflictException refused) {
            return form(tenant, model, form, problemOf(refused, "code"), null);
        }
    }

    @GetMapping(EDIT)
    String edit(TenantId tenant, @PathVariable UUID id, Model model) {
        AgencyView agency = existing(tenant, id);
        return form(tenant, model, AgencyForm.of(agency), FormProblems.none(), agency);
    }

    @PostMapping(EDIT)
    String update(TenantId tenant, @PathVariable UUID id, @ModelAttribute AgencyForm form, Model model,
                  RedirectAttributes redirect) {
        AgencyView agency = existing(tenant, id);
        FormProblems problems = form.problems(false);
        if (problems.any()) {
            return form(tenant, model, form, problems, agency);
        }
        try {
            AgencyView updated = organisation.updateAgency(tenant, id, form.toChange(), form.versionOrZero());
            redirect.addFlashAttribute("notice", "organisation.agency.updated");
            redirect.addFlashAttribute("noticeName", updated.nameId());
            return "redirect:" + LIST;
        } catch (ConflictException stale) {
            // Show what is stored now, so the admin can redo the change on top of it.
            AgencyView current = existing(tenant, id);
            FormProblems changedMeanwhile = new FormProblems.Collector()
                    .addForWholeForm("kind", stale.messageKey(), stale.arguments()).done();
            return form(tenant, model, AgencyForm.of(current), changedMeanwhile, current);
        } catch (InvalidInputException refused) {
            return form(tenant, model, form, problemOf(refused, "kind"), agency);
        }
    }

    private String form(TenantId tenant, Model model, AgencyForm form, FormProblems problems, @Nullable AgencyView agency) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", List.of(AgencyKind.values()));
        model.addAttribute("regionGroups", RegionGroup.of(organisation, tenant));
        model.addAttribute("agency", agency);
        return "organisation/agencyForm";
    }

    private AgencyView existing(TenantId tenant, UUID id) {
        return organisation.agency(tenant, id).orElseThrow(() -> new NotFoundException("Agency", id));
    }

    private Map<String, String> regionNames(TenantId tenant) {
        return RegionGroup.of(organisation, tenant).stream()
                .flatMap(group -> Stream.concat(Stream.of(group.kecamatan()), group.kelurahan().stream()))
                .collect(Collectors.toMap(RegionView::code, RegionView::name, (first, second) -> first));
    }

    private static FormProblems problemOf(DomainException refused, String fallbackField) {
        String field = refused instanceof InvalidInputException invalid && !invalid.field().isEmpty()
                ? invalid.field() : fallbackField;
        return new FormProblems.Collector().add(field, refused.messageKey(), refused.arguments()).done();
    }
}
