package id.satupintu.applications.web;

import id.satupintu.applications.ApplicationAction;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.applications.Drafts;
import id.satupintu.applications.FileContent;
import id.satupintu.catalog.FormError;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.RegionLevel;
import id.satupintu.organisation.RegionView;
import id.satupintu.shared.DomainException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.InvalidInputsException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.PageController;
import id.satupintu.shared.web.Viewers;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.satupintu.applications.web.PageModels.ErrorLink;
import id.satupintu.applications.web.PageModels.KelurahanGroup;
import id.satupintu.applications.web.PageModels.ReviewRow;
import id.satupintu.applications.web.PageModels.Subject;

/**
 * The citizen's draft, page by page: choose the kelurahan, answer the form generated from the service's JSON Schema,
 * check the answers and submit ({@link DraftDocumentPages} has the documents page, {@link MyApplicationPages} starts a
 * draft and shows it afterwards, {@link PublicStatusPages} answers anyone holding a tracking code).
 *
 * <p>Which application a citizen may touch is decided by {@link Applications} (others' are not found); these pages
 * only choose what to show and where to go next.
 */
@PageController
public class CitizenPages {

    static final String WILAYAH = "wilayah";
    static final String ISIAN = "isian";
    static final String DOKUMEN = "dokumen";
    static final String PERIKSA = "periksa";

    private final Applications applications;
    private final Drafts drafts;
    private final Organisation organisation;
    private final ApplicationSubjects subjects;
    private final ObjectMapper json;

    CitizenPages(Applications applications, Drafts drafts, Organisation organisation, ApplicationSubjects subjects,
                 ObjectMapper json) {
        this.applications = applications;
        this.drafts = drafts;
        this.organisation = organisation;
        this.subjects = subjects;
        this.json = json;
    }

    // =====================================================================================================
    // the draft, page by page
    // =====================================================================================================

    @GetMapping("/permohonan/{id}/wilayah")
    String area(TenantId tenant, @PathVariable UUID id, Model model) {
        ApplicationView app = mine(id);
        if (!editable(app)) {
            return redirect(id);
        }
        return areaPage(model, tenant, app, app.kelurahanCode().orElse(""), FormErrors.none());
    }

    @PostMapping("/permohonan/{id}/wilayah")
    String saveArea(TenantId tenant, @PathVariable UUID id, @RequestParam(name = "kelurahan", defaultValue = "") String kelurahan,
                    @RequestParam(name = "action", defaultValue = "next") String action,
                    @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash) {
        Viewer citizen = citizen();
        ApplicationView app = mine(id);
        if (!editable(app)) {
            return redirect(id);
        }
        if (kelurahan.isBlank()) {
            if ("save".equals(action)) {
                return saved(id, WILAYAH, flash);
            }
            return areaPage(model, tenant, app, "", FormErrors.of("kelurahan", t.m("application.kelurahan.missing")));
        }
        try {
            drafts.saveAnswers(citizen, id, json.createObjectNode(), Optional.of(kelurahan.strip()));
        } catch (DomainException refused) {
            return areaPage(model, tenant, app, kelurahan, FormErrors.from(refused, t, "kelurahan"));
        }
        return "save".equals(action) ? saved(id, WILAYAH, flash) : afterEdit(app, tenant, WILAYAH);
    }

    private String areaPage(Model model, TenantId tenant, ApplicationView app, String chosen, FormErrors errors) {
        Map<String, List<RegionView>> byKecamatan = organisation.regions(tenant, RegionLevel.KELURAHAN, Optional.empty()).stream()
                .collect(Collectors.groupingBy(region -> region.parentCode().orElse(""), LinkedHashMap::new, Collectors.toList()));
        List<KelurahanGroup> groups = organisation.regions(tenant, RegionLevel.KECAMATAN, Optional.empty()).stream()
                .filter(kecamatan -> byKecamatan.containsKey(kecamatan.code()))
                .sorted(Comparator.comparing(RegionView::name))
                .map(kecamatan -> new KelurahanGroup(kecamatan, byKecamatan.getOrDefault(kecamatan.code(), List.of()).stream()
                        .sorted(Comparator.comparing(RegionView::name)).toList()))
                .toList();
        model.addAttribute("groups", groups);
        model.addAttribute("chosen", chosen);
        return draftPage(model, tenant, app, WILAYAH, errors);
    }

    @GetMapping("/permohonan/{id}/isian")
    String form(TenantId tenant, @PathVariable UUID id, @ModelAttribute("t") I18n t, Model model) {
        ApplicationView app = mine(id);
        if (!editable(app)) {
            return redirect(id);
        }
        Subject subject = subjects.subject(tenant, app);
        return formPage(model, tenant, app, subject, json.readTree(app.formData()), FormErrors.none(), t);
    }

    @PostMapping("/permohonan/{id}/isian")
    String saveForm(TenantId tenant, @PathVariable UUID id, @RequestParam(name = "action", defaultValue = "next") String action,
                    HttpServletRequest request, @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash) {
        Viewer citizen = citizen();
        ApplicationView app = mine(id);
        if (!editable(app)) {
            return redirect(id);
        }
        Subject subject = subjects.subject(tenant, app);
        FormRenderer form = FormRenderer.of(subject.formSchema(), json);
        ObjectNode answers = form.read(request::getParameterValues);
        ApplicationView saved;
        try {
            saved = drafts.saveAnswers(citizen, id, answers, Optional.empty());
        } catch (DomainException refused) {
            return formPage(model, tenant, app, subject, merged(app, answers), FormErrors.from(refused, t, firstField(form)), t);
        }
        if ("save".equals(action)) {
            return saved(id, ISIAN, flash);
        }
        FormErrors errors = formErrors(form, drafts.check(citizen, id), t);
        if (errors.any()) {
            return formPage(model, tenant, saved, subject, json.readTree(saved.formData()), errors, t);
        }
        return afterEdit(saved, tenant, ISIAN);
    }

    private String formPage(Model model, TenantId tenant, ApplicationView app, Subject subject, JsonNode answers,
                            FormErrors errors, I18n t) {
        model.addAttribute("fields", FormRenderer.of(subject.formSchema(), json).fields(answers, t));
        return draftPage(model, tenant, app, ISIAN, errors);
    }

    /** The saved answers with what was just sent, for showing a refused save again. */
    private JsonNode merged(ApplicationView app, ObjectNode sent) {
        ObjectNode answers = (ObjectNode) json.readTree(app.formData());
        sent.properties().forEach(entry -> {
            if (entry.getValue().isNull()) {
                answers.remove(entry.getKey());
            } else {
                answers.set(entry.getKey(), entry.getValue());
            }
        });
        return answers;
    }

    /** The errors of the form's own fields (documents and the kelurahan have their own pages). */
    private static FormErrors formErrors(FormRenderer form, List<FormError> problems, I18n t) {
        List<FormErrors.Entry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (FormError problem : problems) {
            Optional<String> field = problem.field().isEmpty() ? Optional.of(firstField(form)) : form.fieldOf(problem.field());
            if (field.isPresent() && seen.add(field.get())) {
                String message = message(problem, t);
                String label = form.labels(t).getOrDefault(field.get(), "");
                entries.add(new FormErrors.Entry(field.get(), message, label.isEmpty() ? message : label + ": " + message));
            }
        }
        return new FormErrors(entries);
    }

    private static String firstField(FormRenderer form) {
        return form.names().isEmpty() ? "main" : form.names().getFirst();
    }

    /** A check's message in the page's language; a schema keyword without its own text reads as "not valid". */
    static String message(FormError problem, I18n t) {
        String text = t.m(problem.messageKey(), problem.arguments().toArray());
        return text.equals(problem.messageKey()) ? t.m("form.invalid.invalid") : text;
    }

    @GetMapping("/permohonan/{id}/periksa")
    String review(TenantId tenant, @PathVariable UUID id, @ModelAttribute("t") I18n t, Model model) {
        Viewer citizen = citizen();
        ApplicationView app = mine(id);
        if (!app.allows(ApplicationAction.SUBMIT)) {
            return redirect(id);
        }
        return reviewPage(model, tenant, app, List.of(), t, citizen);
    }

    @PostMapping("/permohonan/{id}/kirim")
    String submit(TenantId tenant, @PathVariable UUID id, @ModelAttribute("t") I18n t, Model model) {
        Viewer citizen = citizen();
        try {
            ApplicationView submitted = applications.submit(citizen, id);
            return submitted.trackingCode().isPresent() ? "redirect:/permohonan/" + id + "/tanda-terima" : redirect(id);
        } catch (InvalidInputException refused) {
            ApplicationView app = mine(id);
            List<InvalidInputException> problems = refused instanceof InvalidInputsException several ? several.problems() : List.of(refused);
            return reviewPage(model, tenant, app, problems.stream()
                    .map(p -> new FormError(p.field(), p.messageKey(), List.of(p.arguments()))).toList(), t, citizen);
        }
    }

    private String reviewPage(Model model, TenantId tenant, ApplicationView app, List<FormError> refused, I18n t, Viewer citizen) {
        Subject subject = subjects.subject(tenant, app);
        FormRenderer form = FormRenderer.of(subject.formSchema(), json);
        String base = "/permohonan/" + app.id() + "/";
        List<FormError> problems = refused.isEmpty() ? drafts.check(citizen, app.id()) : refused;
        List<ErrorLink> errors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (FormError problem : problems) {
            String href;
            if ("kelurahan".equals(problem.field())) {
                href = base + WILAYAH + "#kelurahan";
            } else if (subject.documents().stream().anyMatch(doc -> doc.code().equals(problem.field()))) {
                href = base + DOKUMEN + "#dok-" + problem.field();
            } else {
                href = base + ISIAN + "#" + form.fieldOf(problem.field()).orElse(firstField(form));
            }
            if (seen.add(href)) {
                String text = message(problem, t);
                Optional<String> field = form.fieldOf(problem.field());
                errors.add(new ErrorLink(href, field.isPresent() ? form.labels(t).get(field.get()) + ": " + text : text));
            }
        }
        List<ReviewRow> answers = form.fields(json.readTree(app.formData()), t).stream()
                .map(field -> new ReviewRow(field.label(), form.display(field, t), base + ISIAN + "#" + field.name(),
                        t.m("applications.review.changeField", field.label())))
                .toList();
        model.addAttribute("answers", answers);
        model.addAttribute("reviewErrors", errors);
        model.addAttribute("slots", DraftDocumentPages.slots(subject, app));
        model.addAttribute("kelurahanName", app.kelurahanCode().map(code -> regionName(tenant, code)).orElse(""));
        return draftPage(model, tenant, app, PERIKSA, FormErrors.none());
    }

    private String draftPage(Model model, TenantId tenant, ApplicationView app, String page, FormErrors errors) {
        return draftPage(subjects, model, tenant, app, page, errors);
    }

    /** The model every page of a draft shares: the application, its step, errors and where back and next lead. */
    static String draftPage(ApplicationSubjects subjects, Model model, TenantId tenant, ApplicationView app, String page,
                            FormErrors errors) {
        Subject subject = subjects.subject(tenant, app);
        model.addAttribute("app", app);
        model.addAttribute("subject", subject);
        model.addAttribute("step", page);
        model.addAttribute("errors", errors);
        model.addAttribute("correcting", app.allows(ApplicationAction.ANSWER_CORRECTION));
        model.addAttribute("next", app.allows(ApplicationAction.ANSWER_CORRECTION) ? "/permohonan/" + app.id() + "#perbaikan"
                : "/permohonan/" + app.id() + "/" + subject.next(page));
        model.addAttribute("back", app.allows(ApplicationAction.ANSWER_CORRECTION) ? "/permohonan/" + app.id()
                : subject.previous(page).map(previous -> "/permohonan/" + app.id() + "/" + previous).orElse("/permohonan"));
        return "applications/" + page;
    }

    /** Where "continue" leads: the next page of a draft, or back to the application when fixing a correction. */
    private String afterEdit(ApplicationView app, TenantId tenant, String page) {
        if (app.allows(ApplicationAction.ANSWER_CORRECTION)) {
            return "redirect:/permohonan/" + app.id() + "#perbaikan";
        }
        return redirect(app.id(), subjects.subject(tenant, app).next(page));
    }

    private static String saved(UUID id, String page, RedirectAttributes flash) {
        flash.addFlashAttribute("savedDraft", true);
        return redirect(id, page);
    }

    // =====================================================================================================
    // helpers
    // =====================================================================================================

    /** The signed-in citizen; anyone else is sent to sign in (and back) or refused. */
    static Viewer citizen() {
        Viewer viewer = Viewers.required();
        if (!viewer.has(Role.CITIZEN)) {
            throw new AccessDeniedException("citizens only");
        }
        return viewer;
    }

    private ApplicationView mine(UUID id) {
        return mine(applications, id);
    }

    /** The signed-in citizen's own application; anyone else's is not found. */
    static ApplicationView mine(Applications applications, UUID id) {
        return applications.find(citizen(), id).orElseThrow(() -> new NotFoundException("application", id));
    }

    static boolean editable(ApplicationView app) {
        return app.allows(ApplicationAction.EDIT);
    }

    static String redirect(UUID id) {
        return "redirect:/permohonan/" + id;
    }

    static String redirect(UUID id, String page) {
        return "redirect:/permohonan/" + id + "/" + page;
    }

    private String regionName(TenantId tenant, String code) {
        return regionName(organisation, tenant, code);
    }

    static String regionName(Organisation organisation, TenantId tenant, String code) {
        return organisation.region(tenant, code).map(RegionView::name).orElse(code);
    }

    /** A file for its owner: never rendered in our origin's pages unless it is our own PDF. */
    static ResponseEntity<byte[]> download(FileContent file, boolean inline) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.mediaType());
        } catch (IllegalArgumentException unknown) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.filename(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
