package id.satupintu.identity.internal;

import id.satupintu.shared.web.AccessRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.util.List;

/**
 * Deny by default: every module states its URLs' rules ({@link AccessRules}); anything no rule names is refused.
 * Two chains: the JSON API (API keys or the browser session, problem+json errors, no login redirects) and the
 * pages (form sign-in, CSRF, session cookie).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: "
            + "https://tile.openstreetmap.org https://*.tile.openstreetmap.org; connect-src 'self'; font-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    // Swagger UI styles its widgets inline; it runs no inline script either.
    static final String CSP_SWAGGER = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    static final String PERMISSIONS = "geolocation=(self), camera=(self), microphone=(), payment=(), usb=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, List<AccessRules> rules, ApiKeyService keys, ApiProblemResponses problems,
                            AccountAuthenticationProvider provider, IdentityProperties properties) throws Exception {
        http.securityMatcher("/api/**", "/open311/**")
                .authenticationProvider(provider)
                .addFilterAfter(new ApiKeyAuthenticationFilter(keys, problems), SecurityContextHolderFilter.class)
                .addFilterAfter(new AbsoluteSessionTimeout(properties.sessionAbsoluteTimeout(), true), SecurityContextHolderFilter.class)
                // CSRF guards cookie sessions; a key-authenticated or session-less call carries no ambient authority.
                // Open311 posts carry their api_key in the body, never rely on a session.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request ->
                        request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null || request.getSession(false) == null
                                || request.getRequestURI().startsWith("/open311/")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.entryPoint())
                        .accessDeniedHandler(problems.accessDenied()))
                .headers(SecurityConfig::headers)
                .authorizeHttpRequests(authorize -> apply(authorize, rules));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, List<AccessRules> rules, AccountAuthenticationProvider provider,
                              IdentityProperties properties) throws Exception {
        http.authenticationProvider(provider)
                .addFilterAfter(new AbsoluteSessionTimeout(properties.sessionAbsoluteTimeout(), false), SecurityContextHolderFilter.class)
                .formLogin(form -> form.loginPage("/masuk").loginProcessingUrl("/masuk")
                        .usernameParameter("login").passwordParameter("password")
                        .defaultSuccessUrl("/", false).failureUrl("/masuk?galat"))
                .logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/?keluar").deleteCookies("SP_SESSION"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityConfig::headers)
                .authorizeHttpRequests(authorize -> apply(authorize, rules));
        return http.build();
    }

    private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
                              List<AccessRules> rules) {
        authorize.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/prometheus").hasAnyRole("ADMIN", "OPERATOR")
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**").permitAll();
        rules.forEach(rule -> rule.configure(authorize));
        authorize.anyRequest().denyAll();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                        request.getRequestURI().startsWith("/swagger-ui") ? CSP_SWAGGER : CSP))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter((request, response) -> response.setHeader("Permissions-Policy", PERMISSIONS))
                .frameOptions(Customizer.withDefaults());
    }
}
