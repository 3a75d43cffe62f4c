package id.satupintu.complaints.web;

import id.satupintu.shared.Role;
import id.satupintu.shared.web.AccessRules;
import id.satupintu.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The complaint desk and agencies' complaint pages are for officers and agency heads. */
@Configuration(proxyBeanMethods = false)
class ComplaintDeskWeb {

    @Bean
    AccessRules complaintDeskAccessRules() {
        return rules -> rules.requestMatchers("/pengaduan/kelola", "/pengaduan/kelola/**")
                .hasAnyRole(Role.OFFICER.name(), Role.AGENCY_HEAD.name());
    }

    @Bean
    NavLink complaintDeskLink() {
        return new NavLink("/pengaduan/kelola", "complaints.officer.nav.title", "complaints.officer.nav.description",
                Set.of(Role.OFFICER, Role.AGENCY_HEAD), 16);
    }
}
