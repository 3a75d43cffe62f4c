package id.satupintu;

import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TenantScopedPrincipal;
import id.satupintu.shared.Viewer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Signed-in principals for MockMvc tests, shaped like the real ones (tenant-scoped, roles as authorities). */
public final class TestPrincipals {

    private TestPrincipals() {
    }

    public record TestPrincipal(Viewer viewer) implements TenantScopedPrincipal, AuthenticatedPrincipal {
        @Override
        public String getName() {
            return viewer.accountId().toString();
        }
    }

    public static Authentication as(TenantId tenant, Role role) {
        return as(tenant, role, Optional.of(UUID.randomUUID()));
    }

    public static Authentication as(TenantId tenant, Role role, Optional<UUID> agencyId) {
        return as(new Viewer(UUID.randomUUID(), tenant, "Test " + role, Set.of(role), agencyId));
    }

    public static Authentication as(Viewer viewer) {
        TestPrincipal principal = new TestPrincipal(viewer);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                viewer.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
}
