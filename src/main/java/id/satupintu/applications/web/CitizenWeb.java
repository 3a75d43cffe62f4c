package id.satupintu.applications.web;

import id.satupintu.shared.Role;
import id.satupintu.shared.web.AccessRules;
import id.satupintu.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.Set;

/**
 * Who may reach the citizen's application pages: starting and following one's own applications needs a citizen's
 * sign-in (whose applications they are is the service's business); the status by tracking code is public.
 */
@Configuration(proxyBeanMethods = false)
class CitizenWeb {

    @Bean
    AccessRules citizenPagesAccessRules() {
        String citizen = Role.CITIZEN.name();
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/status", "/status/*").permitAll()
                // GET shows a "start" button: the sign-in page leads back to it (the catalogue's GET rule may come
                // first; the page itself then asks anonymous visitors to sign in)
                .requestMatchers("/layanan/*/ajukan", "/layanan/paket/*/ajukan").hasRole(citizen)
                .requestMatchers("/permohonan", "/permohonan/**").hasRole(citizen);
    }

    @Bean
    NavLink myApplicationsLink() {
        return new NavLink("/permohonan", "applications.nav.mine.title", "applications.nav.mine.description",
                Set.of(Role.CITIZEN), 12);
    }

    @Bean
    NavLink statusLink() {
        return new NavLink("/status", "applications.nav.status.title", "applications.nav.status.description", Set.of(), 14);
    }
}
