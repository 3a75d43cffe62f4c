package id.satupintu.catalog.web;

import id.satupintu.shared.web.AccessRules;
import id.satupintu.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.Set;

/** The catalogue is public: anyone may find a service and read what it needs. */
@Configuration(proxyBeanMethods = false)
class CatalogWeb {

    @Bean
    AccessRules catalogAccessRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/layanan", "/layanan/**", "/api/v1/services", "/api/v1/services/**").permitAll()
                .requestMatchers("/admin/layanan", "/admin/layanan/**").hasRole("ADMIN");
    }

    @Bean
    NavLink serviceAdminLink() {
        return new NavLink("/admin/layanan", "catalog.admin.nav.title", "catalog.admin.nav.description",
                Set.of(id.satupintu.shared.Role.ADMIN), 22);
    }

    @Bean
    NavLink servicesLink() {
        return new NavLink("/layanan", "catalog.nav.title", "catalog.nav.description", Set.of(), 10);
    }
}
