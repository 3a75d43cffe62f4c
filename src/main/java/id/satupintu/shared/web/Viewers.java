package id.satupintu.shared.web;

import id.satupintu.shared.TenantScopedPrincipal;
import id.satupintu.shared.Viewer;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The signed-in viewer of the current request, if any. */
public final class Viewers {

    private Viewers() {
    }

    public static Optional<Viewer> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantScopedPrincipal principal) {
            return Optional.of(principal.viewer());
        }
        return Optional.empty();
    }

    /** The signed-in viewer; without one the request is answered as unauthenticated (401, or the sign-in page). */
    public static Viewer required() {
        return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }
}
