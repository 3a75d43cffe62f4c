package id.satupintu.complaints.web;

import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintFiling;
import id.satupintu.complaints.ReporterFollowUp;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.PageController;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.UUID;

import static id.satupintu.complaints.web.ComplaintPageModel.*;

/**
 * A signed-in citizen's complaints: the ones they filed or joined, joining another, and confirming, disputing or
 * rating a resolution.
 */
@PageController
public class CitizenComplaintPages {

    private final ComplaintFiling filing;
    private final ReporterFollowUp followUps;
    private final ComplaintPageParts parts;

    CitizenComplaintPages(ComplaintFiling filing, ReporterFollowUp followUps, ComplaintPageParts parts) {
        this.filing = filing;
        this.followUps = followUps;
        this.parts = parts;
    }

    // =====================================================================================================
    // the citizen's complaints and actions
    // =====================================================================================================

    @GetMapping("/pengaduan/saya")
    String mine(TenantId tenant, Model model) {
        Viewer citizen = ComplaintPageParts.citizen();
        List<ComplaintView> all = filing.mine(citizen);
        model.addAttribute("filed", all.stream().filter(c -> c.reporterId().filter(citizen.accountId()::equals).isPresent()).toList());
        model.addAttribute("joined", all.stream().filter(c -> c.reporterId().filter(citizen.accountId()::equals).isEmpty()).toList());
        model.addAttribute("names", parts.names(tenant));
        return "complaints/mine";
    }

    @PostMapping("/pengaduan/{id}/dukung")
    String join(TenantId tenant, @PathVariable String id, RedirectAttributes flash) {
        Viewer citizen = ComplaintPageParts.citizen();
        UUID complaintId = ComplaintPageParts.complaintId(id);
        try {
            ComplaintView joined = filing.join(citizen, complaintId);
            flash.addFlashAttribute("done", "complaints.web.done.joined");
            return "redirect:/pengaduan/" + joined.trackingCode();
        } catch (ConflictException refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/pengaduan/" + parts.codeOf(tenant, citizen, complaintId);
        }
    }

    @PostMapping("/pengaduan/{id}/konfirmasi")
    String confirm(TenantId tenant, @PathVariable String id, RedirectAttributes flash) {
        Viewer citizen = ComplaintPageParts.citizen();
        UUID complaintId = ComplaintPageParts.complaintId(id);
        try {
            ComplaintView closed = followUps.confirm(citizen, complaintId);
            flash.addFlashAttribute("done", "complaints.web.done.confirmed");
            return "redirect:/pengaduan/" + closed.trackingCode() + "#penilaian";
        } catch (ConflictException refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/pengaduan/" + parts.codeOf(tenant, citizen, complaintId);
        }
    }

    @PostMapping("/pengaduan/{id}/sanggah")
    String dispute(TenantId tenant, @PathVariable String id, @RequestParam(name = "alasan", defaultValue = "") String reason,
                   @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash) {
        Viewer citizen = ComplaintPageParts.citizen();
        UUID complaintId = ComplaintPageParts.complaintId(id);
        try {
            ComplaintView disputed = followUps.dispute(citizen, complaintId, reason);
            flash.addFlashAttribute("done", "complaints.web.done.disputed");
            return "redirect:/pengaduan/" + disputed.trackingCode();
        } catch (ConflictException refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/pengaduan/" + parts.codeOf(tenant, citizen, complaintId);
        } catch (InvalidInputException refused) {
            return parts.complaintPage(tenant, parts.codeOf(tenant, citizen, complaintId),
                    FormErrors.of("alasan", t.m(refused.messageKey(), refused.arguments())), new Typed(reason, "", ""), model);
        }
    }

    @PostMapping("/pengaduan/{id}/nilai")
    String rate(TenantId tenant, @PathVariable String id, @RequestParam(name = "bintang", defaultValue = "") String stars,
                @RequestParam(name = "komentar", defaultValue = "") String comment,
                @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash) {
        Viewer citizen = ComplaintPageParts.citizen();
        UUID complaintId = ComplaintPageParts.complaintId(id);
        Typed typed = new Typed("", stars, comment);
        try {
            ComplaintView rated = followUps.rate(citizen, complaintId, ComplaintPageParts.starCount(stars), comment);
            flash.addFlashAttribute("done", "complaints.web.done.rated");
            return "redirect:/pengaduan/" + rated.trackingCode();
        } catch (ConflictException refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/pengaduan/" + parts.codeOf(tenant, citizen, complaintId);
        } catch (InvalidInputException refused) {
            String field = "comment".equals(refused.field()) ? "komentar" : "bintang";
            return parts.complaintPage(tenant, parts.codeOf(tenant, citizen, complaintId),
                    FormErrors.of(field, t.m(refused.messageKey(), refused.arguments())), typed, model);
        }
    }

}
