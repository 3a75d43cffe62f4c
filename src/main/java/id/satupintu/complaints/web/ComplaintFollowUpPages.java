package id.satupintu.complaints.web;

import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintLookup;
import id.satupintu.complaints.ReporterFollowUp;
import id.satupintu.complaints.ReporterSecret;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.web.PageController;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;

import static id.satupintu.complaints.web.ComplaintPageModel.*;

/**
 * A reporter without an account follows, confirms, disputes or rates their complaint with the secret handed out
 * when it was filed.
 */
@PageController
public class ComplaintFollowUpPages {

    private final ComplaintLookup lookup;
    private final ReporterFollowUp followUps;
    private final ComplaintPageParts parts;

    ComplaintFollowUpPages(ComplaintLookup lookup, ReporterFollowUp followUps, ComplaintPageParts parts) {
        this.lookup = lookup;
        this.followUps = followUps;
        this.parts = parts;
    }

    // =====================================================================================================
    // a reporter without an account, with the secret handed out at filing
    // =====================================================================================================

    /** A form to type the tracking code and secret by hand (written down at a kiosk, say). */
    @GetMapping("/pengaduan/lanjut")
    String followUpForm(@RequestParam(name = "kode", defaultValue = "") String code,
                        @RequestParam(name = "rahasia", defaultValue = "") String secret,
                        @ModelAttribute("t") I18n t, Model model, HttpServletResponse response) {
        ComplaintPageParts.privateSecretPage(response);
        if (!code.isBlank() || !secret.isBlank()) {
            String cleanCode = code.strip().toUpperCase(java.util.Locale.ROOT);
            // as written down: any case, spaces or dashes anywhere; the address gets the printed form (groups of five)
            String plain = secret.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
            String cleanSecret = String.join("-", plain.split("(?<=\\G.{5})"));
            if (cleanCode.matches("[A-Z0-9-]{5,40}") && plain.matches("[A-Z0-9]{20}")) {
                return "redirect:" + ComplaintPageParts.followUpPath(cleanCode, cleanSecret);
            }
            model.addAttribute("errors", FormErrors.of(cleanCode.matches("[A-Z0-9-]{5,40}") ? "rahasia" : "kode",
                    t.m("complaints.web.followUp.notFound")));
        } else {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("code", code);
        model.addAttribute("secret", secret);
        return "complaints/follow-up-form";
    }

    @GetMapping("/pengaduan/lanjut/{kode}/{rahasia}")
    String followUp(TenantId tenant, @PathVariable("kode") String code, @PathVariable("rahasia") String secret,
                    @ModelAttribute("t") I18n t, Model model, HttpServletResponse response) {
        ComplaintPageParts.privateSecretPage(response);
        ReporterSecret key = new ReporterSecret(tenant, code, secret);
        Optional<ComplaintView> complaint = lookup.followUp(key);
        if (complaint.isEmpty()) {
            // the same answer for an unknown code and a wrong secret: the form again, with what to check
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("errors", FormErrors.of("rahasia", t.m("complaints.web.followUp.notFound")));
            model.addAttribute("code", code);
            model.addAttribute("secret", "");
            return "complaints/follow-up-form";
        }
        return parts.followUpPage(tenant, key, complaint.get(), FormErrors.none(), new Typed("", "", ""), model);
    }

    @PostMapping("/pengaduan/lanjut/{kode}/{rahasia}/konfirmasi")
    String confirmWithSecret(TenantId tenant, @PathVariable("kode") String code, @PathVariable("rahasia") String secret,
                             RedirectAttributes flash) {
        ReporterSecret key = new ReporterSecret(tenant, code, secret);
        return withSecret(key, () -> followUps.confirm(key), "complaints.web.done.confirmed", "#penilaian", flash,
                refused -> {
                    throw refused;
                });
    }

    @PostMapping("/pengaduan/lanjut/{kode}/{rahasia}/sanggah")
    String disputeWithSecret(TenantId tenant, @PathVariable("kode") String code, @PathVariable("rahasia") String secret,
                             @RequestParam(name = "alasan", defaultValue = "") String reason,
                             @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash, HttpServletResponse response) {
        ReporterSecret key = new ReporterSecret(tenant, code, secret);
        return withSecret(key, () -> followUps.dispute(key, reason), "complaints.web.done.disputed", "", flash, refused -> {
            ComplaintPageParts.privateSecretPage(response);
            return parts.followUpPage(tenant, key, FormErrors.of("alasan", t.m(refused.messageKey(), refused.arguments())),
                    new Typed(reason, "", ""), model);
        });
    }

    @PostMapping("/pengaduan/lanjut/{kode}/{rahasia}/nilai")
    String rateWithSecret(TenantId tenant, @PathVariable("kode") String code, @PathVariable("rahasia") String secret,
                          @RequestParam(name = "bintang", defaultValue = "") String stars,
                          @RequestParam(name = "komentar", defaultValue = "") String comment,
                          @ModelAttribute("t") I18n t, Model model, RedirectAttributes flash, HttpServletResponse response) {
        ReporterSecret key = new ReporterSecret(tenant, code, secret);
        return withSecret(key, () -> followUps.rate(key, ComplaintPageParts.starCount(stars), comment), "complaints.web.done.rated", "", flash,
                refused -> {
                    ComplaintPageParts.privateSecretPage(response);
                    String field = "comment".equals(refused.field()) ? "komentar" : "bintang";
                    return parts.followUpPage(tenant, key, FormErrors.of(field, t.m(refused.messageKey(), refused.arguments())),
                            new Typed("", stars, comment), model);
                });
    }

    /**
     * One reporter action with the secret: done, back to the follow-up page (with a note); a move the complaint's
     * state refuses, back with the problem; bad input, the page again with the message at its field.
     */
    private String withSecret(ReporterSecret key, Runnable action, String done, String anchor, RedirectAttributes flash,
                              java.util.function.Function<InvalidInputException, String> invalid) {
        String page = ComplaintPageParts.followUpPath(key.trackingCode(), key.secret());
        try {
            action.run();
            flash.addFlashAttribute("done", done);
            return "redirect:" + page + anchor;
        } catch (ConflictException refused) {
            flash.addFlashAttribute("problem", refused.messageKey());
            return "redirect:" + page;
        } catch (InvalidInputException refused) {
            return invalid.apply(refused);
        }
    }

    /** Stars as typed; anything that is not a number is 0, which the service refuses with its message. */

}
