package id.satupintu.identity.internal;

import id.satupintu.shared.Role;
import id.satupintu.shared.TenantScopedPrincipal;
import id.satupintu.shared.Viewer;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The principal of a signed-in person or an API-key device. Its name is the account (or key) id, never a NIK,
 * e-mail or phone, so logs and audit entries that print it hold no personal data.
 */
record SatuPintuUser(Viewer viewer) implements TenantScopedPrincipal, AuthenticatedPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return viewer.accountId().toString();
    }

    List<GrantedAuthority> authorities() {
        return viewer.roles().stream().map(Role::authority).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String toString() {
        return getName();
    }
}
