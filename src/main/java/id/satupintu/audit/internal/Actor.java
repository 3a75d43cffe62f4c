package id.satupintu.audit.internal;

import id.satupintu.shared.Role;
import id.satupintu.shared.TenantScopedPrincipal;
import id.satupintu.shared.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.Optional;

/**
 * Who did it and from where. The address is the connection's remote address: behind a proxy it is the proxy's
 * unless Spring's forwarded-header handling ({@code server.forward-headers-strategy}) is switched on, which is the
 * only place allowed to trust {@code X-Forwarded-For}.
 */
record Actor(String id, String role, String clientIp) {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    /** Most powerful first: an account with several roles is recorded under the first it holds. */
    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.AUDITOR, Role.OPERATOR, Role.AGENCY_HEAD,
            Role.OFFICER, Role.KIOSK, Role.API_CLIENT, Role.CITIZEN);

    /** The signed-in principal of this thread, else {@code anonymous} in a request, else {@code system}. */
    static Actor current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The principal of {@code authentication} (e.g. of a sign-in event), or as {@link #current()} without one. */
    static Actor of(@Nullable Authentication authentication) {
        Optional<HttpServletRequest> request = currentRequest();
        String address = request.map(HttpServletRequest::getRemoteAddr).orElse("");
        Optional<Viewer> viewer = viewerOf(authentication);
        if (viewer.isPresent()) {
            return new Actor(viewer.get().accountId().toString(), highestRole(viewer.get()), address);
        }
        return request.isPresent() ? anonymous() : new Actor(SYSTEM, "", "");
    }

    /** Someone in the current request who is not (or not yet) signed in. */
    static Actor anonymous() {
        return new Actor(ANONYMOUS, "", currentRequest().map(HttpServletRequest::getRemoteAddr).orElse(""));
    }

    static Optional<Viewer> viewerOf(@Nullable Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof TenantScopedPrincipal principal
                ? Optional.of(principal.viewer()) : Optional.empty();
    }

    static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }

    private static String highestRole(Viewer viewer) {
        return PRECEDENCE.stream().filter(viewer::has).findFirst()
                .or(() -> viewer.roles().stream().sorted().findFirst())
                .map(Role::name).orElse("");
    }
}
