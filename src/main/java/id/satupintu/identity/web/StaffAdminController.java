package id.satupintu.identity.web;

import id.satupintu.identity.NewStaff;
import id.satupintu.identity.internal.AccountService;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.DomainException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.web.PageController;
import id.satupintu.ui.FormErrors;
import id.satupintu.ui.I18n;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Admins create staff accounts: officers and heads of an agency, operators, auditors, other admins. */
@PageController
public class StaffAdminController {

    private final AccountService accounts;
    private final Organisation organisation;

    StaffAdminController(AccountService accounts, Organisation organisation) {
        this.accounts = accounts;
        this.organisation = organisation;
    }

    public record StaffForm(String username, String displayName, String agencyId, List<String> roles, String email) {

        static StaffForm empty() {
            return new StaffForm("", "", "", List.of(), "");
        }

        public boolean hasRole(Role role) {
            return roles != null && roles.contains(role.name());
        }
    }

    @GetMapping("/admin/pegawai")
    String list(TenantId tenant, Model model) {
        model.addAttribute("staff", accounts.staff(tenant));
        model.addAttribute("agencies", organisation.agencies(tenant).stream()
                .collect(Collectors.toMap(AgencyView::id, Function.identity())));
        return "identity/staff";
    }

    @GetMapping("/admin/pegawai/baru")
    String form(TenantId tenant, Model model) {
        return formPage(tenant, model, StaffForm.empty(), FormErrors.none());
    }

    @PostMapping("/admin/pegawai/baru")
    String create(TenantId tenant, @ModelAttribute StaffForm form, @ModelAttribute("t") I18n t, Model model) {
        try {
            Set<Role> roles = form.roles() == null ? Set.of() : form.roles().stream()
                    .filter(name -> AccountService.staffRoleNames().contains(name)).map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            Optional<UUID> agency = form.agencyId() == null || form.agencyId().isBlank()
                    ? Optional.empty() : Optional.of(parseId(form.agencyId()));
            var created = accounts.createStaff(tenant, new NewStaff(form.username(), form.displayName(),
                    agency, roles, Optional.ofNullable(form.email())));
            model.addAttribute("created", created);
            return "identity/staff-created";
        } catch (DomainException refused) {
            return formPage(tenant, model, form, FormErrors.from(refused, t, "username"));
        }
    }

    private String formPage(TenantId tenant, Model model, StaffForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("agencies", organisation.agencies(tenant));
        model.addAttribute("roles", AccountService.staffRoles());
        return "identity/staff-new";
    }

    private static UUID parseId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new id.satupintu.shared.InvalidInputException("agencyId", "identity.agency.unknown", "Unknown agency");
        }
    }
}
