package id.satupintu.complaints.web;

import id.satupintu.shared.Role;
import id.satupintu.shared.web.AccessRules;
import id.satupintu.shared.web.NavLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.Set;

/**
 * Who may reach the public and citizen complaint pages: anyone may read the list, the map, a public complaint and
 * its photos (whether a photo or a complaint is public is the service's business, answered as "not found");
 * filing, "my complaints" and every action on a complaint need a citizen's sign-in.
 *
 * <p>The complaint page's pattern only matches a segment with a dash (a tracking code, {@code ADU-7KQ4M-9XD2K}),
 * so it never opens the officers' {@code /pengaduan/kelola} (nor a future one-word page under {@code /pengaduan})
 * whatever order the modules' rules are applied in.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintWeb {

    @Bean
    AccessRules complaintPagesAccessRules() {
        String citizen = Role.CITIZEN.name();
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/pengaduan", "/pengaduan/peta", "/pengaduan/peta/data",
                        "/pengaduan/foto/*", "/pengaduan/{kode:.*-.*}").permitAll()
                // a reporter without an account: the secret in the address is the credential (checked by the service)
                .requestMatchers("/pengaduan/lanjut", "/pengaduan/lanjut/*/*", "/pengaduan/lanjut/*/*/konfirmasi",
                        "/pengaduan/lanjut/*/*/sanggah", "/pengaduan/lanjut/*/*/nilai").permitAll()
                .requestMatchers("/pengaduan/lapor", "/pengaduan/saya", "/pengaduan/serupa", "/pengaduan/terkirim/*",
                        "/pengaduan/*/dukung", "/pengaduan/*/konfirmasi", "/pengaduan/*/sanggah", "/pengaduan/*/nilai")
                .hasRole(citizen);
    }

    @Bean
    NavLink complaintsLink() {
        return new NavLink("/pengaduan", "complaints.web.nav.title", "complaints.web.nav.description", Set.of(), 11);
    }

    @Bean
    NavLink myComplaintsLink() {
        return new NavLink("/pengaduan/saya", "complaints.web.nav.mine.title", "complaints.web.nav.mine.description",
                Set.of(Role.CITIZEN), 13);
    }
}
