package id.satupintu.applications.web;

import id.satupintu.shared.Role;
import id.satupintu.shared.web.AccessRules;
import id.satupintu.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The inbox is for officers and agency heads; the workload view for heads only. */
@Configuration(proxyBeanMethods = false)
class OfficerWeb {

    @Bean
    AccessRules officerAccessRules() {
        return rules -> rules.requestMatchers("/kotak-masuk/beban").hasRole(Role.AGENCY_HEAD.name())
                .requestMatchers("/kotak-masuk", "/kotak-masuk/**").hasAnyRole(Role.OFFICER.name(), Role.AGENCY_HEAD.name());
    }

    @Bean
    NavLink inboxLink() {
        return new NavLink("/kotak-masuk", "inbox.nav.title", "inbox.nav.description", Set.of(Role.OFFICER, Role.AGENCY_HEAD), 15);
    }
}
