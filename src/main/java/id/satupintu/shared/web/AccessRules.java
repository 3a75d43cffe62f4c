package id.satupintu.shared.web;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each module states who may reach its URLs by contributing one of these beans. The security configuration
 * applies them all and then denies every request no rule named, so a new endpoint without a rule is closed.
 */
public interface AccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);
}
