package id.satupintu.catalog.web;

import id.satupintu.catalog.Catalog;
import id.satupintu.catalog.CatalogLoadException;
import id.satupintu.catalog.LocalizedText;
import id.satupintu.catalog.ServiceDefinition;
import id.satupintu.shared.DomainException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Admins change a service and publish it as the next version; applications already filed keep theirs. The edit
 * passes the same checks as the catalogue files. The workflow is edited in the files (it decides routing).
 */
@PageController
public class CatalogAdminPages {

    private final Catalog catalog;

    CatalogAdminPages(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The editable part of a service, as the form sends it. Requirements: one per line, "Indonesian | English". */
    /** The edit form as typed; a field the browser did not send is null. */
    public record ServiceForm(@Nullable String nameId, @Nullable String nameEn, @Nullable String descriptionId,
                              @Nullable String descriptionEn, @Nullable String keywords, @Nullable String fee,
                              @Nullable String slaWorkingDays, @Nullable String requirements,
                              @Nullable String formSchema) {

        static ServiceForm of(ServiceDefinition s) {
            return new ServiceForm(s.names().id(), s.names().en(), s.descriptions().id(), s.descriptions().en(),
                    String.join(", ", s.keywords()), String.valueOf(s.fee()), String.valueOf(s.slaWorkingDays()),
                    s.requirements().stream().map(r -> r.id() + " | " + r.en()).collect(Collectors.joining("\n")),
                    s.formSchema());
        }

        /** A field not sent counts as empty, as LocalizedText itself treats a null text. */
        static LocalizedText text(@Nullable String id, @Nullable String en) {
            return new LocalizedText(Objects.toString(id, ""), Objects.toString(en, ""));
        }
    }

    @GetMapping("/admin/layanan")
    String list(TenantId tenant, Model model) {
        model.addAttribute("services", catalog.services(tenant));
        return "catalog/admin-list";
    }

    @GetMapping("/admin/layanan/{code}")
    String edit(TenantId tenant, @PathVariable String code, Model model) {
        ServiceDefinition service = current(tenant, code);
        return page(model, service, ServiceForm.of(service), List.of(), false);
    }

    @PostMapping("/admin/layanan/{code}")
    String publish(TenantId tenant, @PathVariable String code, @ModelAttribute ServiceForm form, Model model) {
        ServiceDefinition current = current(tenant, code);
        List<String> problems = new ArrayList<>();
        long fee = number(form.fee(), "fee", problems);
        int sla = (int) number(form.slaWorkingDays(), "slaWorkingDays", problems);
        if (!problems.isEmpty()) {
            return page(model, current, form, problems, false);
        }
        List<LocalizedText> requirements = Arrays.stream(String.valueOf(form.requirements()).split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> line.split("\\|", 2))
                .map(parts -> new LocalizedText(parts[0], parts.length > 1 ? parts[1] : ""))
                .toList();
        List<String> keywords = Arrays.stream(String.valueOf(form.keywords()).split(","))
                .map(String::strip).filter(k -> !k.isEmpty()).toList();
        ServiceDefinition edited = new ServiceDefinition(current.code(), current.version(), current.agency(),
                ServiceForm.text(form.nameId(), form.nameEn()), ServiceForm.text(form.descriptionId(), form.descriptionEn()),
                current.lifeNeeds(), keywords, fee, sla, requirements, current.documents(),
                String.valueOf(form.formSchema()), current.workflow(), current.output());
        try {
            ServiceDefinition published = catalog.publish(tenant, edited);
            return page(model, published, ServiceForm.of(published), List.of(), published.version() != current.version());
        } catch (CatalogLoadException refused) {
            return page(model, current, form, refused.problems(), false);
        } catch (DomainException | IllegalArgumentException | tools.jackson.core.JacksonException invalid) {
            return page(model, current, form, List.of("formSchema: " + invalid.getMessage()), false);
        }
    }

    private ServiceDefinition current(TenantId tenant, String code) {
        return catalog.service(tenant, code).orElseThrow(() -> new NotFoundException("service", code));
    }

    private static long number(@Nullable String value, String field, List<String> problems) {
        try {
            long parsed = Long.parseLong(String.valueOf(value).strip());
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(field + ": a whole number, 0 or more");
            return 0;
        }
    }

    private static String page(Model model, ServiceDefinition service, ServiceForm form, List<String> problems, boolean published) {
        model.addAttribute("service", service);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("published", published);
        return "catalog/admin-edit";
    }
}
