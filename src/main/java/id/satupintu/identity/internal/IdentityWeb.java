package id.satupintu.identity.internal;

import id.satupintu.shared.Role;
import id.satupintu.shared.web.AccessRules;
import id.satupintu.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.Set;

/** Who may reach identity's pages and API, and the links it offers. */
@Configuration(proxyBeanMethods = false)
class IdentityWeb {

    @Bean
    AccessRules identityAccessRules() {
        return rules -> rules
                .requestMatchers("/masuk", "/daftar", "/daftar/verifikasi", "/daftar/verifikasi/kirim-ulang").permitAll()
                .requestMatchers(HttpMethod.POST, "/keluar").authenticated()
                .requestMatchers("/akun").hasAnyRole("CITIZEN", "OFFICER", "AGENCY_HEAD", "OPERATOR", "AUDITOR", "ADMIN")
                .requestMatchers("/admin/pegawai", "/admin/pegawai/**", "/admin/kunci-api", "/admin/kunci-api/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated()
                .requestMatchers("/api/v1/staff", "/api/v1/staff/**", "/api/v1/api-keys", "/api/v1/api-keys/**").hasRole("ADMIN");
    }

    @Bean
    NavLink accountLink() {
        return new NavLink("/akun", "identity.nav.account", "identity.nav.account.description",
                Set.of(Role.CITIZEN, Role.OFFICER, Role.AGENCY_HEAD, Role.OPERATOR, Role.AUDITOR, Role.ADMIN), 90);
    }

    @Bean
    NavLink staffLink() {
        return new NavLink("/admin/pegawai", "identity.nav.staff", "identity.nav.staff.description", Set.of(Role.ADMIN), 30);
    }

    @Bean
    NavLink apiKeysLink() {
        return new NavLink("/admin/kunci-api", "identity.nav.apikeys", "identity.nav.apikeys.description", Set.of(Role.ADMIN), 31);
    }
}
