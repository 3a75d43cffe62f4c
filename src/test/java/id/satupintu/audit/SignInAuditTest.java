package id.satupintu.audit;

import id.satupintu.TestPrincipals;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TenantScopedPrincipal;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Sign-ins, failed sign-ins and sign-outs land in the audit trail of the tenant they concern, with who and from
 * where; a failed attempt never records the login name that was typed. (Accounts are test principals: the audit
 * module's tests may not depend on identity, which depends on audit.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInAuditTest extends AuditTestSupport {

    // MockMvc requests come to "localhost", which the default tenant serves.
    static final TenantId HOST_TENANT = TenantId.of("35.78");

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aFailedSignInThroughTheFormIsRecordedAnonymouslyWithoutTheLoginNameThatWasTyped() throws Exception {
        String typed = "budi-" + UUID.randomUUID().toString().substring(0, 8);
        long before = failedSignIns();

        mvc.perform(post("/masuk").with(csrf()).param("login", typed).param("password", "salah"))
                .andExpect(redirectedUrl("/masuk?galat"));

        assertThat(failedSignIns()).isEqualTo(before + 1);
        AuditEntry failed = auditLog.latest(HOST_TENANT, 500).entries().stream()
                .filter(entry -> entry.action().equals("login.failed")).findFirst().orElseThrow();
        assertThat(failed.actorId()).isEqualTo("anonymous");
        assertThat(failed.objectType()).isEqualTo("account");
        assertThat(failed.objectId()).isEmpty();
        assertThat(failed.clientIp()).isEqualTo("127.0.0.1");
        assertThat(failed.details()).containsEntry("reason", "BadCredentialsException");
        assertThat(jdbc.sql("select count(*) from audit_log where tenant_id = :t and (object_id like :typed "
                        + "or details like :typed or action like :typed or actor_id like :typed)")
                .param("t", HOST_TENANT.code()).param("typed", "%" + typed + "%").query(Long.class).single())
                .isZero();
    }

    @Test
    void aSignInIsRecordedWithTheAccountItsHighestRoleAndAddress() {
        Viewer viewer = new Viewer(UUID.randomUUID(), tenant, "Petugas Uji", Set.of(Role.OFFICER, Role.AGENCY_HEAD),
                Optional.of(UUID.randomUUID()));

        events.publishEvent(new AuthenticationSuccessEvent(TestPrincipals.as(viewer)));

        List<AuditEntry> entries = auditLog.latest(tenant, 10).entries();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("login.success");
            assertThat(entry.actorId()).isEqualTo(viewer.accountId().toString());
            assertThat(entry.actorRole()).isEqualTo("AGENCY_HEAD");
            assertThat(entry.objectType()).isEqualTo("account");
            assertThat(entry.objectId()).isEqualTo(viewer.accountId().toString());
            assertThat(entry.clientIp()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void aSignOutIsRecordedForTheAccountThatSignedOut() throws Exception {
        Authentication officer = TestPrincipals.as(tenant, Role.OFFICER);
        String account = ((TenantScopedPrincipal) officer.getPrincipal()).viewer().accountId().toString();

        mvc.perform(post("/keluar").with(csrf()).with(authentication(officer)));

        assertThat(auditLog.latest(tenant, 10).entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("logout");
            assertThat(entry.actorId()).isEqualTo(account);
            assertThat(entry.actorRole()).isEqualTo("OFFICER");
            assertThat(entry.objectId()).isEqualTo(account);
        });
        assertThat(auditLog.verify(tenant).valid()).isTrue();
    }

    private long failedSignIns() {
        auditLog.latest(HOST_TENANT, 1); // reading links what is pending
        return jdbc.sql("select count(*) from audit_log where tenant_id = :t and action = 'login.failed'")
                .param("t", HOST_TENANT.code()).query(Long.class).single();
    }
}
