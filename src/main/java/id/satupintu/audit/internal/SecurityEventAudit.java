package id.satupintu.audit.internal;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.CurrentTenant;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sign-ins, failed sign-ins and sign-outs go into the audit trail; they and access denials also go to the log.
 * Neither ever holds the login name someone typed: a failed attempt may carry a password typed into the wrong
 * field, or a NIK, and names no existing account anyway.
 */
@Component
class SecurityEventAudit {

    private static final Logger log = LoggerFactory.getLogger(SecurityEventAudit.class);
    private static final Pattern IDENTIFIER = Pattern.compile(".*\\d{5,}.*|[0-9a-fA-F-]{32,36}");

    private final AuditService audit;
    private final CurrentTenant currentTenant;

    SecurityEventAudit(AuditService audit, CurrentTenant currentTenant) {
        this.audit = audit;
        this.currentTenant = currentTenant;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Optional<Viewer> viewer = Actor.viewerOf(event.getAuthentication());
        if (viewer.isEmpty()) {
            log.warn("Sign-in of a principal that belongs to no tenant ({}): not audited",
                    event.getAuthentication().getClass().getSimpleName());
            return;
        }
        String account = viewer.get().accountId().toString();
        log.info("login.success account={} tenant={}", account, viewer.get().tenant());
        audit.recordAs(Actor.of(event.getAuthentication()), viewer.get().tenant(), "login.success", "account", account, Map.of());
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        // The tenant whose accounts were tried: the one the host serves, as for the sign-in itself.
        TenantId tenant = currentTenant.ofHost(Actor.currentRequest().map(HttpServletRequest::getServerName).orElse(""));
        String reason = event.getException().getClass().getSimpleName();
        log.info("login.failed tenant={} reason={}", tenant, reason);
        audit.recordAs(Actor.anonymous(), tenant, "login.failed", "account", "", Map.of("reason", reason));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Optional<Viewer> viewer = Actor.viewerOf(event.getAuthentication());
        if (viewer.isEmpty()) {
            return;
        }
        String account = viewer.get().accountId().toString();
        log.info("logout account={} tenant={}", account, viewer.get().tenant());
        audit.recordAs(Actor.of(event.getAuthentication()), viewer.get().tenant(), "logout", "account", account, Map.of());
    }

    /** Logged, not audited: every anonymous visit to a protected page is one. */
    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        String what = event.getObject() instanceof HttpServletRequest request
                ? request.getMethod() + " " + pattern(request.getRequestURI())
                : event.getObject().getClass().getSimpleName();
        log.info("Access denied: {} principal={}", what, principal(event));
    }

    private static String principal(AuthorizationDeniedEvent<?> event) {
        try {
            Authentication authentication = event.getAuthentication().get();
            return Actor.viewerOf(authentication).map(viewer -> viewer.accountId().toString()).orElse(Actor.ANONYMOUS);
        } catch (RuntimeException noAuthentication) {
            return Actor.ANONYMOUS;
        }
    }

    /** The path without its query, identifiers (UUIDs, codes with long digit runs) replaced by {@code {id}}. */
    static String pattern(String uri) {
        String path = uri.length() > 200 ? uri.substring(0, 200) : uri;
        return Arrays.stream(path.split("/", -1))
                .map(segment -> IDENTIFIER.matcher(segment).matches() ? "{id}" : segment)
                .collect(Collectors.joining("/"));
    }
}
