package id.satupintu.shared.web;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.TenantScopedPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Resolves the tenant of a request. A signed-in principal always carries its own tenant, whatever host it
 * calls, so a user or key of one city can never act in another; anonymous requests take the tenant of the host.
 */
@Component
public class CurrentTenant {

    private final TenancyProperties properties;

    CurrentTenant(TenancyProperties properties) {
        this.properties = properties;
    }

    public TenantId of(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantScopedPrincipal principal) {
            return principal.viewer().tenant();
        }
        return ofHost(request.getServerName());
    }

    /** The tenant that serves a host name when nobody is signed in. */
    public TenantId ofHost(String host) {
        String mapped = properties.hosts().get(host == null ? "" : host.toLowerCase(Locale.ROOT));
        return TenantId.of(mapped != null ? mapped : properties.defaultTenant());
    }
}
