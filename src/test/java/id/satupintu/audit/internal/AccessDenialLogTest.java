package id.satupintu.audit.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Access denials are logged by URL pattern, so ids, codes and NIKs in a path never reach the log. */
class AccessDenialLogTest {

    @Test
    void identifiersInThePathAreReplacedByAPlaceholder() {
        assertThat(SecurityEventAudit.pattern("/admin/organisasi/dinas/0190b3c2-1f2e-7a00-8000-00000000abcd"))
                .isEqualTo("/admin/organisasi/dinas/{id}");
        assertThat(SecurityEventAudit.pattern("/api/v1/warga/3578012345678901/dokumen"))
                .isEqualTo("/api/v1/warga/{id}/dokumen");
        assertThat(SecurityEventAudit.pattern("/admin/wilayah/35.78.01")).isEqualTo("/admin/wilayah/35.78.01");
        assertThat(SecurityEventAudit.pattern("/audit")).isEqualTo("/audit");
    }
}
