package id.satupintu.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo city's staff open their pages on a desktop-sized window; each page must pass the same checks. */
class StaffPagesTest extends BrowserTestSupport {

    static final String DEMO_PASSWORD = "SatuPintu2026";

    @ParameterizedTest
    @ValueSource(strings = {"/admin/pegawai", "/admin/pegawai/baru", "/admin/kunci-api", "/admin/organisasi",
            "/admin/wilayah", "/akun", "/admin/layanan", "/admin/layanan/akta-kelahiran"})
    void theAdminsPagesOpenAndPassTheChecks(String path) {
        visitAs("admin", path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/audit"})
    void theAuditorsPagesOpenAndPassTheChecks(String path) {
        visitAs("auditor", path);
    }

    private void visitAs(String username, String path) {
        resize(Viewport.DESKTOP);
        signIn(username, DEMO_PASSWORD);
        assertThat(currentPath()).as("%s is signed in", username).isEqualTo("/");

        open(path);
        assertThat(currentPath()).isEqualTo(path);
        inspect(username + path.replace('/', '-'));
    }
}
