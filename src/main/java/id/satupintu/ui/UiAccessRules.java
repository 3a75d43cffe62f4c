package id.satupintu.ui;

import id.satupintu.shared.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The front door, static assets and error pages are open to everyone. */
@Configuration(proxyBeanMethods = false)
class UiAccessRules {

    @Bean
    AccessRules publicShell() {
        return rules -> rules.requestMatchers("/", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.svg").permitAll();
    }
}
