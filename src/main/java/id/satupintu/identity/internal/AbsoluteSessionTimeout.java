package id.satupintu.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * Ends a signed-in session a fixed time after sign-in however active it is (the idle timeout is the servlet
 * container's). A stolen session cookie is useful for hours at most, never for weeks.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "sp.signedInAt";
    private final Duration limit;
    private final boolean api;

    AbsoluteSessionTimeout(Duration limit, boolean api) {
        this.limit = limit;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SatuPintuUser) {
            Object signedInAt = session.getAttribute(SIGNED_IN_AT);
            long now = System.currentTimeMillis();
            if (signedInAt == null) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (now - (Long) signedInAt > limit.toMillis()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (api) {
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                } else {
                    response.sendRedirect("/masuk?kedaluwarsa");
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
