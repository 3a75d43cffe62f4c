package id.satupintu.applications.web;

import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.applications.Drafts;
import id.satupintu.applications.FileContent;
import id.satupintu.applications.internal.UploadPolicy;
import id.satupintu.shared.DomainException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.PageController;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.satupintu.applications.web.PageModels.DocumentSlot;
import id.satupintu.applications.web.PageModels.Subject;

import static id.satupintu.applications.web.CitizenPages.DOKUMEN;
import static id.satupintu.applications.web.CitizenPages.citizen;
import static id.satupintu.applications.web.CitizenPages.download;
import static id.satupintu.applications.web.CitizenPages.draftPage;
import static id.satupintu.applications.web.CitizenPages.editable;
import static id.satupintu.applications.web.CitizenPages.mine;
import static id.satupintu.applications.web.CitizenPages.redirect;

/**
 * The draft's documents page ({@link CitizenPages} has the other pages of a draft): upload a file for each document
 * the service asks for, remove one, and download one's own upload again.
 */
@PageController
class DraftDocumentPages {

    private final Applications applications;
    private final Drafts drafts;
    private final ApplicationSubjects subjects;
    private final long maxUploadMb;

    DraftDocumentPages(Applications applications, Drafts drafts, ApplicationSubjects subjects, UploadPolicy uploads) {
        this.applications = applications;
        this.drafts = drafts;
        this.subjects = subjects;
        this.maxUploadMb = uploads.maxMegabytes();
    }

    @GetMapping("/permohonan/{id}/dokumen")
    String documents(TenantId tenant, @PathVariable UUID id, Model model) {
        ApplicationView app = mine(applications, id);
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
        ApplicationView app = mine(applications, id);
        if (!editable(app)) {
            return redirect(id);
        }
        String field = "dok-" + document;
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return documentsPage(model, tenant, app, FormErrors.of(field, t.m("applications.documents.choose")));
        }
        try {
            drafts.attach(citizen, id, document, Optional.ofNullable(file.getOriginalFilename()).orElse("berkas"), file.getBytes());
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
        drafts.detach(citizen(), id, attachmentId);
        return "redirect:/permohonan/" + id + "/dokumen";
    }

    @GetMapping("/permohonan/{id}/berkas/{attachmentId}")
    ResponseEntity<byte[]> ownUpload(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        FileContent file = applications.attachment(citizen(), id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return download(file, false);
    }

    private String documentsPage(Model model, TenantId tenant, ApplicationView app, FormErrors errors) {
        Subject subject = subjects.subject(tenant, app);
        model.addAttribute("slots", slots(subject, app));
        model.addAttribute("maxUploadMb", maxUploadMb);
        return draftPage(subjects, model, tenant, app, DOKUMEN, errors);
    }

    /** Each document asked for with what was uploaded for it (the check-your-answers page lists them too). */
    static List<DocumentSlot> slots(Subject subject, ApplicationView app) {
        return subject.documents().stream().map(document -> new DocumentSlot(document, app.attachments().stream()
                .filter(file -> file.documentCode().equals(document.code())).findFirst())).toList();
    }
}
