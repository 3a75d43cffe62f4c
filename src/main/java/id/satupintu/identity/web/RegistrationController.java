package id.satupintu.identity.web;

import id.satupintu.identity.internal.AccountService;
import id.satupintu.identity.internal.AccountService.PendingConfirmation;
import id.satupintu.identity.internal.AccountService.Registration;
import id.satupintu.shared.DomainException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.web.PageController;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;
import java.util.UUID;

/** A citizen registers with NIK and contact, then confirms the contact with a six-digit code. */
@PageController
public class RegistrationController {

    static final String PENDING = "sp.pendingAccount";
    private final AccountService accounts;

    RegistrationController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The registration form as typed (a field not sent is null); the password fields are never sent back. */
    public record RegistrationForm(@Nullable String nik, @Nullable String fullName, @Nullable String email,
                                   @Nullable String phone, @Nullable String password,
                                   @Nullable String passwordConfirmation, @Nullable String consent) {

        static RegistrationForm empty() {
            return new RegistrationForm("", "", "", "", "", "", "");
        }

        RegistrationForm withoutPasswords() {
            return new RegistrationForm(value(nik), value(fullName), value(email), value(phone), "", "", consent);
        }

        private static String value(@Nullable String s) {
            return s == null ? "" : s;
        }
    }

    @GetMapping("/daftar")
    String form(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        model.addAttribute("errors", FormErrors.none());
        return "identity/register";
    }

    @PostMapping("/daftar")
    String register(TenantId tenant, @ModelAttribute RegistrationForm form, HttpSession session,
                    @ModelAttribute("t") I18n t, Model model) {
        try {
            PendingConfirmation pending = accounts.register(tenant, new Registration(form.nik(), form.fullName(),
                    form.email(), form.phone(), form.password(), form.passwordConfirmation(), form.consent() != null,
                    t.lang()));
            session.setAttribute(PENDING, pending.accountId());
            return "redirect:/daftar/verifikasi";
        } catch (DomainException refused) {
            model.addAttribute("form", form.withoutPasswords());
            model.addAttribute("errors", FormErrors.from(refused, t, "nik"));
            return "identity/register";
        }
    }

    @GetMapping("/daftar/verifikasi")
    String confirmForm(TenantId tenant, HttpSession session, Model model) {
        return pending(tenant, session).map(pending -> confirmPage(model, pending, FormErrors.none(), false))
                .orElse("redirect:/daftar");
    }

    @PostMapping("/daftar/verifikasi")
    String confirm(TenantId tenant, @RequestParam(defaultValue = "") String code, HttpSession session,
                   @ModelAttribute("t") I18n t, Model model) {
        Optional<PendingConfirmation> pending = pending(tenant, session);
        if (pending.isEmpty()) {
            return "redirect:/daftar";
        }
        return switch (accounts.confirm(tenant, pending.get().accountId(), code)) {
            case CONFIRMED -> {
                session.removeAttribute(PENDING);
                yield "redirect:/masuk?terdaftar";
            }
            case WRONG_CODE -> confirmPage(model, pending.get(), FormErrors.of("code", t.m("identity.otp.wrong")), false);
            case EXPIRED -> confirmPage(model, pending.get(), FormErrors.of("code", t.m("identity.otp.expired")), false);
        };
    }

    @PostMapping("/daftar/verifikasi/kirim-ulang")
    String resend(TenantId tenant, HttpSession session, @ModelAttribute("t") I18n t, Model model) {
        Optional<PendingConfirmation> pending = pending(tenant, session);
        if (pending.isEmpty()) {
            return "redirect:/daftar";
        }
        try {
            return confirmPage(model, accounts.resend(tenant, pending.get().accountId()), FormErrors.none(), true);
        } catch (DomainException refused) {
            return confirmPage(model, pending.get(), FormErrors.from(refused, t, "code"), false);
        }
    }

    private Optional<PendingConfirmation> pending(TenantId tenant, HttpSession session) {
        return session.getAttribute(PENDING) instanceof UUID id ? accounts.pending(tenant, id) : Optional.empty();
    }

    private static String confirmPage(Model model, PendingConfirmation pending, FormErrors errors, boolean resent) {
        model.addAttribute("pending", pending);
        model.addAttribute("errors", errors);
        model.addAttribute("resent", resent);
        return "identity/confirm";
    }
}
