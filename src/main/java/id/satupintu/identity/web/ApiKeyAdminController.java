package id.satupintu.identity.web;

import id.satupintu.identity.internal.ApiKeyService;
import id.satupintu.shared.DomainException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.PageController;
import id.satupintu.shared.web.Viewers;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;
import java.util.UUID;

/** Admins register kiosks and outside systems; each gets an API key that is shown exactly once. */
@PageController
class ApiKeyAdminController {

    private final ApiKeyService keys;

    ApiKeyAdminController(ApiKeyService keys) {
        this.keys = keys;
    }

    @GetMapping("/admin/kunci-api")
    String list(TenantId tenant, Model model) {
        return listPage(tenant, model, "", FormErrors.none());
    }

    @PostMapping("/admin/kunci-api")
    String issue(TenantId tenant, @RequestParam(defaultValue = "KIOSK") String kind,
                 @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String regionCode,
                 @ModelAttribute("t") I18n t, Model model) {
        try {
            ApiKeyService.Kind parsed = "CLIENT".equals(kind) ? ApiKeyService.Kind.CLIENT : ApiKeyService.Kind.KIOSK;
            var issued = keys.issue(tenant, parsed, name, regionCode.isBlank() ? Optional.empty() : Optional.of(regionCode.trim()),
                    Viewers.current().map(Viewer::accountId));
            model.addAttribute("issued", issued);
            return "identity/apikey-issued";
        } catch (DomainException refused) {
            return listPage(tenant, model, name, FormErrors.from(refused, t, "name"));
        }
    }

    @PostMapping("/admin/kunci-api/{id}/cabut")
    String revoke(TenantId tenant, @PathVariable UUID id) {
        keys.revoke(tenant, id);
        return "redirect:/admin/kunci-api";
    }

    private String listPage(TenantId tenant, Model model, String name, FormErrors errors) {
        model.addAttribute("keys", keys.list(tenant));
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        return "identity/apikeys";
    }
}
