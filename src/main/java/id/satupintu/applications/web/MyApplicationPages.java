package id.satupintu.applications.web;

import id.satupintu.applications.ApplicationAction;
import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.applications.Drafts;
import id.satupintu.applications.FileContent;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.StepView;
import id.satupintu.applications.TimelineEntry;
import id.satupintu.catalog.LocalizedText;
import id.satupintu.documents.Receipts;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.DomainException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.PageController;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.satupintu.applications.web.PageModels.Subject;

import static id.satupintu.applications.web.CitizenPages.citizen;
import static id.satupintu.applications.web.CitizenPages.download;
import static id.satupintu.applications.web.CitizenPages.redirect;

/**
 * The citizen's applications around the draft: starting one from a catalogue page, then "my applications" with each
 * one's status, timeline, corrections, receipt and issued documents.
 */
@PageController
class MyApplicationPages {

    private final Applications applications;
    private final Drafts drafts;
    private final Organisation organisation;
    private final Receipts receipts;
    private final ApplicationSubjects subjects;
    private final ObjectMapper json;

    MyApplicationPages(Applications applications, Drafts drafts, Organisation organisation, Receipts receipts,
                       ApplicationSubjects subjects, ObjectMapper json) {
        this.applications = applications;
        this.drafts = drafts;
        this.organisation = organisation;
        this.receipts = receipts;
        this.subjects = subjects;
        this.json = json;
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
        ApplicationView draft = drafts.startDraft(citizen, code, bundle, idempotencyKey);
        return CitizenPages.redirect(draft.id(), subject.pages().getFirst());
    }

    // =====================================================================================================
    // after submission
    // =====================================================================================================

    @GetMapping("/permohonan/{id}/tanda-terima")
    String receipt(TenantId tenant, @PathVariable UUID id, Model model) {
        ApplicationView app = mine(id);
        if (app.trackingCode().isEmpty()) {
            return CitizenPages.redirect(id, CitizenPages.PERIKSA);
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
        if (!app.allows(ApplicationAction.ANSWER_CORRECTION)) {
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
        model.addAttribute("kelurahanName", app.kelurahanCode().map(code -> CitizenPages.regionName(organisation, tenant, code)).orElse(""));
        model.addAttribute("firstPage", subject.pages().getFirst());
        return "applications/detail";
    }

    @GetMapping("/permohonan/{id}/dokumen-terbit/{partId}")
    ResponseEntity<byte[]> issuedDocument(@PathVariable UUID id, @PathVariable UUID partId) {
        FileContent file = applications.issuedDocument(citizen(), id, partId)
                .orElseThrow(() -> new NotFoundException("document", partId));
        return download(file, true);
    }

    private ApplicationView mine(UUID id) {
        return CitizenPages.mine(applications, id);
    }
}
