package id.satupintu.identity.web;

import id.satupintu.shared.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.ui.Model;

/** The sign-in page; Spring Security handles the form post at the same address. */
@PageController
class LoginController {

    @GetMapping("/masuk")
    String login(@RequestParam(name = "galat", required = false) @Nullable String failed,
                 @RequestParam(name = "terdaftar", required = false) @Nullable String registered,
                 @RequestParam(name = "kedaluwarsa", required = false) @Nullable String expired,
                 Model model) {
        model.addAttribute("failed", failed != null);
        model.addAttribute("registered", registered != null);
        model.addAttribute("expired", expired != null);
        return "identity/login";
    }
}
