package id.satupintu.audit.web;

import id.satupintu.shared.Role;
import id.satupintu.shared.web.AccessRules;
import id.satupintu.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Only auditors read the audit trail; not even admins, whose own actions it records. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfig {

    @Bean
    AccessRules auditAccessRules() {
        return rules -> rules
                .requestMatchers("/audit", "/audit/**", "/api/v1/audit/**").hasRole(Role.AUDITOR.name());
    }

    @Bean
    NavLink auditNavLink() {
        return new NavLink(AuditPages.ENTRIES, "audit.nav.title", "audit.nav.description", Set.of(Role.AUDITOR), 80);
    }
}
