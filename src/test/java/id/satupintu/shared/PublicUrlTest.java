package id.satupintu.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicUrlTest {

    @Test
    void aConfiguredAddressLosesItsTrailingSlashesAndJoinsPaths() {
        PublicUrl url = new PublicUrl("https://satupintu.surabaya.go.id//");
        assertThat(url.base()).isEqualTo("https://satupintu.surabaya.go.id");
        assertThat(url.of("/pengaduan/ADU-1")).isEqualTo("https://satupintu.surabaya.go.id/pengaduan/ADU-1");
        assertThat(url.of("status")).isEqualTo("https://satupintu.surabaya.go.id/status");
    }

    @Test
    void noAddressMeansTheDevelopmentDefault() {
        assertThat(new PublicUrl(null).base()).isEqualTo("http://localhost:8080");
        assertThat(new PublicUrl(" ").base()).isEqualTo("http://localhost:8080");
    }
}
