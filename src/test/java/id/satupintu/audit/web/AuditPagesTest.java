package id.satupintu.audit.web;

import id.satupintu.audit.AuditTestSupport;
import id.satupintu.TestPrincipals;
import id.satupintu.audit.AuditTrail;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The auditor's page and API, rendered for real, for the auditor's own tenant only. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesTest extends AuditTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    TenantId otherTenant;
    Authentication auditor;

    @BeforeEach
    void twoTenantsWithEntries() {
        otherTenant = database.freshTenant();
        auditor = TestPrincipals.as(tenant, Role.AUDITOR);
        trail.record(tenant, "agency.created", "agency", "agency-of-mine", Map.of("kind", "DINAS"));
        trail.record(tenant, "agency.updated", "agency", "agency-of-mine", Map.of("active", "false"));
        trail.record(otherTenant, "agency.created", "agency", "agency-of-theirs");
    }

    @Test
    void theAuditorSeesTheLatestEntriesOfTheirOwnTenantInAnAccessibleTable() throws Exception {
        mvc.perform(get("/audit").with(authentication(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Jejak Audit · SatuPintu</title>"),
                        containsString("<caption>"), containsString("<th scope=\"col\">"),
                        containsString("id=\"entri-2\""), containsString("agency-of-mine"),
                        containsString("kind=DINAS"), containsString("WIB"),
                        not(containsString("agency-of-theirs")))));
    }

    @Test
    void theEntriesPageTurnsBackwardsFiftyAtATime() throws Exception {
        for (int i = 0; i < 50; i++) {
            trail.record(tenant, "test.bulk", "thing", "bulk-" + i);
        }
        mvc.perform(get("/audit").with(authentication(auditor)))
                .andExpect(content().string(allOf(containsString("id=\"entri-52\""), containsString("id=\"entri-3\""),
                        not(containsString("id=\"entri-2\"")), containsString("href=\"/audit?before=3\""))));
        mvc.perform(get("/audit").param("before", "3").with(authentication(auditor)))
                .andExpect(content().string(allOf(containsString("id=\"entri-2\""), containsString("id=\"entri-1\""),
                        not(containsString("id=\"entri-3\"")))));
    }

    @Test
    void theVerificationPageSaysTheChainIsIntactInTheViewersLanguage() throws Exception {
        mvc.perform(get("/audit/verifikasi").with(authentication(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rantai utuh: 2 entri diperiksa")));
        mvc.perform(get("/audit/verifikasi").param("lang", "en").with(authentication(auditor)))
                .andExpect(content().string(containsString("Chain intact: 2 entries checked")));
    }

    @Test
    void theVerificationPagePointsAtTheFirstBrokenEntry() throws Exception {
        database.tamper(db -> db.sql("update audit_log set object_id = 'someone-else' where tenant_id = :t and seq = 2")
                .param("t", tenant.code()).update());

        mvc.perform(get("/audit/verifikasi").with(authentication(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Rantai rusak pada entri #2"),
                        containsString("telah diubah"), containsString("href=\"/audit?before=3#entri-2\""))));
    }

    @Test
    void theApiListsEntriesAndReportsTheVerificationAsJson() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param("size", "1").with(authentication(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].seq").value(2))
                .andExpect(jsonPath("$.entries[0].action").value("agency.updated"))
                .andExpect(jsonPath("$.entries[0].details.active").value("false"))
                .andExpect(jsonPath("$.older").value(2));
        mvc.perform(get("/api/v1/audit/verification").with(authentication(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.entriesChecked").value(2))
                .andExpect(jsonPath("$.firstBrokenSeq").doesNotExist())
                .andExpect(jsonPath("$.message").value("Rantai utuh: 2 entri diperiksa"));

        database.tamper(db -> db.sql("delete from audit_log where tenant_id = :t and seq = 1").param("t", tenant.code()).update());
        mvc.perform(get("/api/v1/audit/verification").header("Accept-Language", "en").with(authentication(auditor)))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.firstBrokenSeq").value(1))
                .andExpect(jsonPath("$.problem").value("GAP"))
                .andExpect(jsonPath("$.message").value(containsString("Chain broken at entry #1")));
    }

    @Test
    void aPageSizeOutsideTheLimitsIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/audit/entries").param("size", "501").with(authentication(auditor)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void nobodyButAnAuditorGetsIn() throws Exception {
        for (Role role : new Role[]{Role.ADMIN, Role.OFFICER, Role.OPERATOR, Role.CITIZEN}) {
            Authentication other = TestPrincipals.as(tenant, role);
            mvc.perform(get("/audit").with(authentication(other))).andExpect(status().isForbidden());
            mvc.perform(get("/audit/verifikasi").with(authentication(other))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit/entries").with(authentication(other))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit/verification").with(authentication(other))).andExpect(status().isForbidden());
        }
    }
}
