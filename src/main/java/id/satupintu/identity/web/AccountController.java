package id.satupintu.identity.web;

import id.satupintu.identity.AccountView;
import id.satupintu.identity.internal.AccountService;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.PageController;
import id.satupintu.shared.web.Viewers;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My account": what the platform holds about the signed-in person (masked where it is personal). */
@PageController
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/akun")
    String account(TenantId tenant, Model model) {
        Viewer viewer = Viewers.current().orElseThrow(() -> new NotFoundException("account", "current"));
        AccountView account = accounts.find(tenant, viewer.accountId())
                .orElseThrow(() -> new NotFoundException("account", viewer.accountId()));
        model.addAttribute("account", account);
        return "identity/account";
    }
}
