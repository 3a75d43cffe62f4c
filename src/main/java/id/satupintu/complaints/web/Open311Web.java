package id.satupintu.complaints.web;

import id.satupintu.shared.web.AccessRules;
import org.jspecify.annotations.NullMarked;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Open311 is public: reading is for everyone, and filing is authorised by GeoReport's {@code api_key} form parameter,
 * which {@link Open311Api} checks itself (security filters cannot read it without consuming the form). Every method
 * is let through so that an unknown path or a wrong method is answered in GeoReport's error format by the
 * controller, not as the platform's 401/403 problem+json that Open311 clients cannot parse.
 */
@Configuration(proxyBeanMethods = false)
@NullMarked
class Open311Web {

    @Bean
    AccessRules open311AccessRules() {
        return rules -> rules.requestMatchers("/open311", "/open311/**").permitAll();
    }
}
