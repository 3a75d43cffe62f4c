package id.satupintu.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Anyone can find a service and read what it needs, on a phone, with no sign-in, and the pages pass the checks. */
class CatalogPagesTest extends BrowserTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"/layanan", "/layanan?q=ktp+hilang", "/layanan?menurut=dinas", "/layanan/akta-kelahiran",
            "/layanan/paket/peristiwa-kelahiran", "/verifikasi"})
    void publicCataloguePagesAreAccessible(String path) {
        resize(Viewport.PHONE);
        open(path);
        inspect("public" + path.replaceAll("[/?=+]", "-"));
    }
}
