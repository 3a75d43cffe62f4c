package id.satupintu.applications.web;

import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.applications.Attachment;
import id.satupintu.applications.FileContent;
import id.satupintu.applications.PublicStatus;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.StepView;
import id.satupintu.applications.TimelineEntry;
import id.satupintu.catalog.Catalog;
import id.satupintu.catalog.DocumentRequirement;
import id.satupintu.catalog.FormError;
import id.satupintu.catalog.LocalizedText;
import id.satupintu.catalog.ServiceDefinition;
import id.satupintu.documents.Receipts;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.RegionLevel;
import id.satupintu.organisation.RegionView;
import id.satupintu.shared.DomainException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.InvalidInputsException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.PageController;
import id.satupintu.shared.web.Viewers;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * The citizen's side of an application, page by page: start from a catalogue page, choose the kelurahan, answer
 * the form generated from the service's JSON Schema, upload documents, check the answers, submit and keep the
 * receipt; then "my applications" with each one's status, timeline, corrections and issued documents. The public
 * status page answers anyone holding a tracking code, without personal data.
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
    private final Catalog catalog;
    private final Organisation organisation;
    private final Receipts receipts;
    private final ApplicationSubjects subjects;
    private final ObjectMapper json;
    private final long maxUploadMb;

    CitizenPages(Applications applications, Catalog catalog, Organisation organisation, Receipts receipts,
                 ApplicationSubjects subjects, ObjectMapper json,
                 id.satupintu.applications.internal.UploadPolicy uploads) {
        this.maxUploadMb = uploads.maxMegabytes();
        this.applications = applications;
        this.catalog = catalog;
        this.organisation = organisation;
        this.receipts = receipts;
        this.subjects = subjects;
        this.json = json;
    }

    // =====================================================================================================
    // what the templates are given
    // =====================================================================================================

    /**
     * What was applied for: a service (at the version filed), or a bundle and its services.
     *
     * @param documents what the applicant uploads (a bundle: its services' documents, less those it provides itself)
     * @param needsArea a step goes to the applicant's kelurahan or kecamatan office, so the kelurahan is asked first
     */
    public record Subject(String code, boolean bundle, LocalizedText names, String formSchema,
                          List<DocumentRequirement> documents, boolean needsArea, List<ServiceDefinition> services) {

        /** The pages of a draft, in order. */
        public List<String> pages() {
            List<String> pages = new ArrayList<>();
            if (needsArea) {
                pages.add(WILAYAH);
            }
            pages.add(ISIAN);
            if (!documents.isEmpty()) {
                pages.add(DOKUMEN);
            }
            pages.add(PERIKSA);
            return pages;
        }

        public String next(String page) {
            List<String> pages = pages();
            int at = pages.indexOf(page);
            return at < 0 || at + 1 >= pages.size() ? PERIKSA : pages.get(at + 1);
        }

        /** The page before, or empty on the first one. */
        public Optional<String> previous(String page) {
            List<String> pages = pages();
            int at = pages.indexOf(page);
            return at <= 0 ? Optional.empty() : Optional.of(pages.get(at - 1));
        }

        public String documentName(String documentCode, String lang) {
            return documents.stream().filter(doc -> doc.code().equals(documentCode)).findFirst()
                    .map(doc -> doc.names().in(lang)).orElse(documentCode);
        }

        public String serviceName(String serviceCode, String lang) {
            return services.stream().filter(s -> s.code().equals(serviceCode)).findFirst()
                    .map(s -> s.names().in(lang)).orElse(serviceCode);
        }
    }

    /** Agency names by code; a code the tenant does not know shows as it is. */
    public record Agencies(Map<String, AgencyView> byCode) {
        public String name(String code, String lang) {
            return Optional.ofNullable(byCode.get(code)).map(agency -> agency.name(lang)).orElse(code);
        }
    }

    /** A document asked for and what was uploaded for it. */
    public record DocumentSlot(DocumentRequirement requirement, Optional<Attachment> upload) {
        public String inputId() {
            return "dok-" + requirement.code();
        }
    }

    /** A kecamatan and its kelurahan, for an optgroup. */
    public record KelurahanGroup(RegionView kecamatan, List<RegionView> kelurahan) {
    }

    /** An error of the check-your-answers page, linking to the page (and field) where it is fixed. */
    public record ErrorLink(String href, String message) {
    }

    /** A section of the check-your-answers page. */
    public record ReviewRow(String label, String value, String href, String changeLabel) {
    }

    // =====================================================================================================
    // starting
    // =====================================================================================================

    @GetMapping({"/layanan/{code}/ajukan", "/layanan/paket/{code}/ajukan"})
    String confirmStart(TenantId tenant, @PathVariable String code, HttpServletRequest request, Model model) {
        citizen();
        boolean bundle = request.getRequestURI().startsWith("/layanan/paket/");
        Subject subject = subjects.subject(tenant, code, bundle);
        model.addAttribute("subject", subject);
        model.addAttribute("action", (bundle ? "/layanan/paket/" : "/layanan/") + code + "/ajukan");
        model.addAttribute("key", UUID.randomUUID().toString());
        return "applications/start";
    }

    @PostMapping("/layanan/{code}/ajukan")
    String startService(TenantId tenant, @PathVariable String code, @RequestParam(name = "kunci", defaultValue = "") String key) {
        return start(tenant, code, false, key);
    }

    @PostMapping("/layanan/paket/{code}/ajukan")
    String startBundle(TenantId tenant, @PathVariable String code, @RequestParam(name = "kunci", defaultValue = "") String key) {
        return start(tenant, code, true, key);
    }

    private String start(TenantId tenant, String code, boolean bundle, String key) {
        Viewer citizen = citizen();
        Subject subject = subjects.subject(tenant, code, bundle);
        // the key of the page's form: a double click starts one draft, not two
        Optional<String> idempotencyKey = key.isBlank() || key.length() > 100 ? Optional.empty() : Optional.of("page:" + key.strip());
        ApplicationView draft = applications.startDraft(citizen, code, bundle, idempotencyKey);
        return redirect(draft.id(), subject.pages().getFirst());
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
            applications.saveAnswers(citizen, id, json.createObjectNode(), Optional.of(kelurahan.strip()));
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
                .map(kecamatan -> new KelurahanGroup(kecamatan, byKecamatan.get(kecamatan.code()).stream()
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
            saved = applications.saveAnswers(citizen, id, answers, Optional.empty());
        } catch (DomainException refused) {
            return formPage(model, tenant, app, subject, merged(app, answers), FormErrors.from(refused, t, firstField(form)), t);
        }
        if ("save".equals(action)) {
            return saved(id, ISIAN, flash);
        }
        FormErrors errors = formErrors(form, applications.check(citizen, id), t);
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

    @GetMapping("/permohonan/{id}/dokumen")
    String documents(TenantId tenant, @PathVariable UUID id, Model model) {
        ApplicationView app = mine(id);
        if (!editable(app)) {
            return redirect(id);
        }
        return documentsPage(model, tenant, app, FormErrors.none());
    }

    @PostMapping("/permohonan/{id}/dokumen")
    String upload(TenantId tenant, @PathVariable UUID id, @RequestParam(name = "dokumen", defaultValue = "") String document,
                  @RequestParam(name = "berkas", required = false) MultipartFile file,
                  @ModelAttribute("t") I18n t, Model model) {
        Viewer citizen = citizen();
        ApplicationView app = mine(id);
        if (!editable(app)) {
            return redirect(id);
        }
        String field = "dok-" + document;
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return documentsPage(model, tenant, app, FormErrors.of(field, t.m("applications.documents.choose")));
        }
        try {
            applications.attach(citizen, id, document, Optional.ofNullable(file.getOriginalFilename()).orElse("berkas"), file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (DomainException refused) {
            FormErrors errors = FormErrors.from(refused, t, field);
            // the service names the document code; the page's input for it is "dok-<code>"
            return documentsPage(model, tenant, app, new FormErrors(errors.entries().stream()
                    .map(entry -> new FormErrors.Entry(entry.field().startsWith("dok-") ? entry.field() : field, entry.message()))
                    .toList()));
        }
        return "redirect:/permohonan/" + id + "/dokumen#" + field;
    }

    @PostMapping("/permohonan/{id}/dokumen/{attachmentId}/hapus")
    String removeUpload(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        applications.detach(citizen(), id, attachmentId);
        return "redirect:/permohonan/" + id + "/dokumen";
    }

    private String documentsPage(Model model, TenantId tenant, ApplicationView app, FormErrors errors) {
        Subject subject = subjects.subject(tenant, app);
        model.addAttribute("slots", slots(subject, app));
        model.addAttribute("maxUploadMb", maxUploadMb);
        return draftPage(model, tenant, app, DOKUMEN, errors);
    }

    private static List<DocumentSlot> slots(Subject subject, ApplicationView app) {
        return subject.documents().stream().map(document -> new DocumentSlot(document, app.attachments().stream()
                .filter(file -> file.documentCode().equals(document.code())).findFirst())).toList();
    }

    @GetMapping("/permohonan/{id}/berkas/{attachmentId}")
    ResponseEntity<byte[]> ownUpload(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        FileContent file = applications.attachment(citizen(), id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return download(file, false);
    }

    @GetMapping("/permohonan/{id}/periksa")
    String review(TenantId tenant, @PathVariable UUID id, @ModelAttribute("t") I18n t, Model model) {
        Viewer citizen = citizen();
        ApplicationView app = mine(id);
        if (app.status() != ApplicationStatus.DRAFT) {
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
        List<FormError> problems = refused.isEmpty() ? applications.check(citizen, app.id()) : refused;
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
        model.addAttribute("slots", slots(subject, app));
        model.addAttribute("kelurahanName", app.kelurahanCode().map(code -> regionName(tenant, code)).orElse(""));
        return draftPage(model, tenant, app, PERIKSA, FormErrors.none());
    }

    private String draftPage(Model model, TenantId tenant, ApplicationView app, String page, FormErrors errors) {
        Subject subject = subjects.subject(tenant, app);
        model.addAttribute("app", app);
        model.addAttribute("subject", subject);
        model.addAttribute("step", page);
        model.addAttribute("errors", errors);
        model.addAttribute("correcting", app.status() == ApplicationStatus.NEEDS_CORRECTION);
        model.addAttribute("next", app.status() == ApplicationStatus.NEEDS_CORRECTION ? "/permohonan/" + app.id() + "#perbaikan"
                : "/permohonan/" + app.id() + "/" + subject.next(page));
        model.addAttribute("back", app.status() == ApplicationStatus.NEEDS_CORRECTION ? "/permohonan/" + app.id()
                : subject.previous(page).map(previous -> "/permohonan/" + app.id() + "/" + previous).orElse("/permohonan"));
        return "applications/" + page;
    }

    /** Where "continue" leads: the next page of a draft, or back to the application when fixing a correction. */
    private String afterEdit(ApplicationView app, TenantId tenant, String page) {
        if (app.status() == ApplicationStatus.NEEDS_CORRECTION) {
            return "redirect:/permohonan/" + app.id() + "#perbaikan";
        }
        return redirect(app.id(), subjects.subject(tenant, app).next(page));
    }

    private static String saved(UUID id, String page, RedirectAttributes flash) {
        flash.addFlashAttribute("savedDraft", true);
        return redirect(id, page);
    }

    // =====================================================================================================
    // after submission
    // =====================================================================================================

    @GetMapping("/permohonan/{id}/tanda-terima")
    String receipt(TenantId tenant, @PathVariable UUID id, Model model) {
        ApplicationView app = mine(id);
        if (app.trackingCode().isEmpty()) {
            return redirect(id, PERIKSA);
        }
        model.addAttribute("app", app);
        model.addAttribute("subject", subjects.subject(tenant, app));
        model.addAttribute("agencies", subjects.agencies(tenant));
        model.addAttribute("routedTo", routedTo(app));
        return "applications/receipt";
    }

    @GetMapping("/permohonan/{id}/tanda-terima.pdf")
    ResponseEntity<byte[]> receiptPdf(TenantId tenant, @PathVariable UUID id, @ModelAttribute("t") I18n t) {
        ApplicationView app = mine(id);
        String code = app.trackingCode().orElseThrow(() -> new NotFoundException("receipt", id));
        Subject subject = subjects.subject(tenant, app);
        byte[] pdf = receipts.render(tenant, new Receipts.Receipt(code, subject.names().id(), subject.names().en(),
                app.submittedAt().orElseThrow(), app.dueAt().orElseThrow(), routedTo(app), t.lang()));
        return download(new FileContent("tanda-terima-" + code + ".pdf", MediaType.APPLICATION_PDF_VALUE, pdf), true);
    }

    /** The agencies and offices an application's steps are routed to, the responsible one first. */
    private static List<String> routedTo(ApplicationView app) {
        return app.steps().stream().filter(step -> !step.automatic() || app.steps().size() == 1)
                .map(StepView::agencyCode).distinct().toList();
    }

    @GetMapping("/permohonan")
    String myApplications(TenantId tenant, Model model) {
        List<ApplicationView> all = applications.mine(citizen());
        model.addAttribute("drafts", all.stream().filter(app -> app.status() == ApplicationStatus.DRAFT).toList());
        model.addAttribute("active", all.stream().filter(app -> app.status() == ApplicationStatus.IN_PROGRESS
                || app.status() == ApplicationStatus.NEEDS_CORRECTION).toList());
        model.addAttribute("finished", all.stream().filter(app -> app.status().finished()).toList());
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        all.forEach(app -> names.computeIfAbsent((app.bundle() ? "paket:" : "") + app.subjectCode(),
                key -> subjects.subjectNames(tenant, app.subjectCode(), app.bundle())));
        model.addAttribute("names", names);
        return "applications/mine";
    }

    @GetMapping("/permohonan/{id}")
    String detail(TenantId tenant, @PathVariable UUID id, Model model) {
        return detailPage(model, tenant, mine(id), FormErrors.none(), "");
    }

    @PostMapping("/permohonan/{id}/perbaikan")
    String answerCorrection(TenantId tenant, @PathVariable UUID id, @RequestParam(name = "pesan", defaultValue = "") String message,
                            @ModelAttribute("t") I18n t, Model model) {
        Viewer citizen = citizen();
        ApplicationView app = mine(id);
        if (app.status() != ApplicationStatus.NEEDS_CORRECTION) {
            return redirect(id);
        }
        try {
            applications.answerCorrection(citizen, id, message);
        } catch (DomainException refused) {
            Subject subject = subjects.subject(tenant, app);
            FormRenderer form = FormRenderer.of(subject.formSchema(), json);
            FormErrors errors = FormErrors.from(refused, t, "pesan");
            // answers that break the form are fixed on the form page; the message box is "pesan"
            FormErrors shown = new FormErrors(errors.entries().stream()
                    .map(entry -> form.fieldOf(entry.field())
                            .map(field -> new FormErrors.Entry("pesan", form.labels(t).get(field) + ": " + entry.message()))
                            .orElse(new FormErrors.Entry("pesan", entry.message())))
                    .toList());
            return detailPage(model, tenant, app, shown, message);
        }
        return redirect(id);
    }

    private String detailPage(Model model, TenantId tenant, ApplicationView app, FormErrors errors, String message) {
        Viewer citizen = citizen();
        Subject subject = subjects.subject(tenant, app);
        model.addAttribute("app", app);
        model.addAttribute("subject", subject);
        model.addAttribute("agencies", subjects.agencies(tenant));
        model.addAttribute("timeline", app.status() == ApplicationStatus.DRAFT ? List.<TimelineEntry>of()
                : applications.timeline(citizen, app.id()));
        model.addAttribute("corrections", app.steps().stream().filter(step -> step.status() == StepStatus.CORRECTION).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("message", message);
        model.addAttribute("kelurahanName", app.kelurahanCode().map(code -> regionName(tenant, code)).orElse(""));
        model.addAttribute("firstPage", subject.pages().getFirst());
        return "applications/detail";
    }

    @GetMapping("/permohonan/{id}/dokumen-terbit/{partId}")
    ResponseEntity<byte[]> issuedDocument(@PathVariable UUID id, @PathVariable UUID partId) {
        FileContent file = applications.issuedDocument(citizen(), id, partId)
                .orElseThrow(() -> new NotFoundException("document", partId));
        return download(file, true);
    }

    // =====================================================================================================
    // public status
    // =====================================================================================================

    @GetMapping("/status")
    String statusForm(@RequestParam(name = "kode", required = false) String typed, @ModelAttribute("t") I18n t, Model model) {
        if (typed != null) {
            Optional<TrackingCode> code = TrackingCode.parse(typed);
            if (code.isPresent()) {
                return "redirect:/status/" + code.get().value();
            }
            model.addAttribute("errors", FormErrors.of("kode", t.m(typed.isBlank() ? "applications.status.code.missing"
                    : "applications.status.code.invalid")));
        } else {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("typed", typed == null ? "" : typed);
        return "applications/status-form";
    }

    @GetMapping("/status/{code}")
    String status(TenantId tenant, @PathVariable String code, Model model, HttpServletResponse response) {
        Optional<TrackingCode> parsed = TrackingCode.parse(code);
        if (parsed.isPresent() && !parsed.get().value().equals(code)) {
            return "redirect:/status/" + parsed.get().value();
        }
        Optional<PublicStatus> status = parsed.flatMap(valid -> applications.publicStatus(tenant, valid.value()));
        if (status.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("code", code);
            return "applications/status-unknown";
        }
        model.addAttribute("status", status.get());
        model.addAttribute("names", subjects.subjectNames(tenant, status.get().subjectCode(), status.get().bundle()));
        model.addAttribute("agencies", subjects.agencies(tenant));
        return "applications/status";
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
        return applications.find(citizen(), id).orElseThrow(() -> new NotFoundException("application", id));
    }

    private static boolean editable(ApplicationView app) {
        return app.status() == ApplicationStatus.DRAFT || app.status() == ApplicationStatus.NEEDS_CORRECTION;
    }

    private static String redirect(UUID id) {
        return "redirect:/permohonan/" + id;
    }

    private static String redirect(UUID id, String page) {
        return "redirect:/permohonan/" + id + "/" + page;
    }

    private String regionName(TenantId tenant, String code) {
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
