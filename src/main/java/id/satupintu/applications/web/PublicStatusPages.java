package id.satupintu.applications.web;

import id.satupintu.applications.Applications;
import id.satupintu.applications.PublicStatus;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.web.PageController;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

/** The public status of an application by its tracking code: no sign-in, no personal data. */
@PageController
class PublicStatusPages {

    private final Applications applications;
    private final ApplicationSubjects subjects;

    PublicStatusPages(Applications applications, ApplicationSubjects subjects) {
        this.applications = applications;
        this.subjects = subjects;
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
}
