package id.satupintu.ui;

import id.satupintu.TestPrincipals;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ShellTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theFrontDoorIsIndonesianByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"id\">")))
                .andExpect(content().string(containsString("Layanan kota dalam satu pintu")));
        mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
                .andExpect(cookie().value("sp_lang", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("City services through one door")));
        mvc.perform(get("/masuk").cookie(new Cookie("sp_lang", "en")))
                .andExpect(content().string(containsString("Sign in to SatuPintu")));
    }

    @Test
    void anAnonymousVisitToAPageWithoutAFormCreatesNoSession() throws Exception {
        MvcResult result = mvc.perform(get("/")).andExpect(status().isOk()).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void theHomePageOffersEachRoleItsOwnTasks() throws Exception {
        TenantId surabaya = TenantId.of("35.78");
        mvc.perform(get("/").with(authentication(TestPrincipals.as(surabaya, Role.ADMIN))))
                .andExpect(content().string(containsString("href=\"/admin/pegawai\"")));
        mvc.perform(get("/").with(authentication(TestPrincipals.as(surabaya, Role.CITIZEN))))
                .andExpect(content().string(not(containsString("href=\"/admin/pegawai\""))))
                .andExpect(content().string(containsString("href=\"/akun\"")));
    }

    @Test
    void errorPagesAreFriendlyInBothLanguagesAndNeverShowATrace() throws Exception {
        var admin = authentication(TestPrincipals.as(TenantId.of("35.78"), Role.ADMIN));
        mvc.perform(get("/admin/organisasi/dinas/01890000-0000-7000-8000-000000000000").with(admin).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Kembali ke beranda")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/admin/organisasi/dinas/01890000-0000-7000-8000-000000000000").with(admin)
                        .cookie(new Cookie("sp_lang", "en")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Back to the home page")));
    }

    @Test
    void everyMessageExistsInBothLanguages() throws IOException {
        for (String bundle : new String[]{"messages", "i18n/identity", "i18n/organisation", "i18n/audit", "i18n/notifications", "i18n/catalog", "i18n/documents", "i18n/applications", "i18n/inbox", "i18n/workflow", "i18n/complaints", "i18n/complaints-web"}) {
            Properties indonesian = load(bundle + ".properties");
            Properties english = load(bundle + "_en.properties");
            assertThat(english.stringPropertyNames()).as(bundle + " English keys").isEqualTo(indonesian.stringPropertyNames());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ShellTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
