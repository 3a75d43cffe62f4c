package id.satupintu.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Authenticates a device or outside system by its {@code X-API-Key} header. A wrong key is answered 401 at once
 * (never silently treated as anonymous), so a client learns its key is bad.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    private final ApiKeyService keys;
    private final ApiProblemResponses problems;

    ApiKeyAuthenticationFilter(ApiKeyService keys, ApiProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        var found = keys.authenticateKey(key.trim());
        if (found.isEmpty()) {
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "identity.apikey.invalid");
            return;
        }
        SatuPintuUser device = new SatuPintuUser(found.get().viewer());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(device, null, device.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
