package id.satupintu.organisation.web;

import id.satupintu.shared.Role;
import id.satupintu.shared.web.AccessRules;
import id.satupintu.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.Set;

/** Who may reach the organisation pages and API, and the admin's menu entries. */
@Configuration(proxyBeanMethods = false)
class OrganisationWebConfig {

    @Bean
    AccessRules organisationAccessRules() {
        // Agency and region lists are public information; changing them is the admin's job.
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/v1/agencies", "/api/v1/agencies/**",
                        "/api/v1/regions", "/api/v1/regions/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/agencies").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/agencies/*").hasRole(Role.ADMIN.name())
                .requestMatchers("/admin/organisasi", "/admin/organisasi/**",
                        "/admin/wilayah", "/admin/wilayah/**").hasRole(Role.ADMIN.name());
    }

    @Bean
    NavLink agenciesNavLink() {
        return new NavLink(AgencyPages.LIST, "organisation.nav.agencies", "organisation.nav.agencies.description",
                Set.of(Role.ADMIN), 20);
    }

    @Bean
    NavLink regionsNavLink() {
        return new NavLink(RegionPages.LIST, "organisation.nav.regions", "organisation.nav.regions.description",
                Set.of(Role.ADMIN), 21);
    }
}
