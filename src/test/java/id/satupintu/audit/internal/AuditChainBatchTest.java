package id.satupintu.audit.internal;

import id.satupintu.audit.AuditTestSupport;
import id.satupintu.audit.ChainVerification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Linking and verification work a few rows at a time: linking carries the chain across batches, and verification
 * still sees breaks that straddle two batches.
 */
@SpringBootTest
class AuditChainBatchTest extends AuditTestSupport {

    @Autowired
    JdbcTemplate jdbcTemplate;

    AuditChain chain;

    @BeforeEach
    void smallBatches() {
        chain = new AuditChain(jdbcTemplate, 2);
        Actor officer = new Actor("0190b3c2-0000-7000-8000-000000000001", "OFFICER", "203.0.113.9");
        for (int i = 1; i <= 7; i++) {
            int n = i;
            transactions.executeWithoutResult(status ->
                    chain.enqueue(tenant, Instant.now(), officer, "test.step", "thing", "t-" + n, Map.of("n", "" + n)));
        }
        // the application's linker may have linked some already in its sweep: the chain is the same either way
        transactions.executeWithoutResult(status -> chain.link(tenant));
    }

    @Test
    void linkingInBatchesNumbersEveryEntryOnceInTheOrderRecorded() {
        assertThat(jdbc.sql("select count(*) from audit_pending where tenant_id = :t").param("t", tenant.code())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select object_id from audit_log where tenant_id = :t order by seq").param("t", tenant.code())
                .query(String.class).list()).containsExactly("t-1", "t-2", "t-3", "t-4", "t-5", "t-6", "t-7");
    }

    @Test
    void anIntactChainLongerThanOneBatchIsCheckedToTheEnd() {
        ChainVerification result = chain.verify(tenant, Instant.now());
        assertThat(result.valid()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(7);
    }

    @Test
    void aRowMissingAtABatchBoundaryIsAGap() {
        database.tamper(db -> db.sql("delete from audit_log where tenant_id = :t and seq = 3").param("t", tenant.code()).update());

        ChainVerification result = chain.verify(tenant, Instant.now());
        assertThat(result.problem()).contains(ChainVerification.Problem.GAP);
        assertThat(result.firstBrokenSeq()).hasValue(3);
    }

    @Test
    void anEditedRowInALaterBatchIsFound() {
        database.tamper(db -> db.sql("update audit_log set client_ip = '198.51.100.1' where tenant_id = :t and seq = 6")
                .param("t", tenant.code()).update());

        ChainVerification result = chain.verify(tenant, Instant.now());
        assertThat(result.problem()).contains(ChainVerification.Problem.HASH_MISMATCH);
        assertThat(result.firstBrokenSeq()).hasValue(6);
        assertThat(result.entriesChecked()).isEqualTo(5);
    }

    @Test
    void recordingOrLinkingOutsideATransactionIsRefused() {
        // an entry outside the action's transaction would not roll back with it; a link would lose the head lock at once
        assertThatThrownBy(() -> chain.enqueue(tenant, Instant.now(), new Actor("system", "", ""), "test.x", "thing", "1", Map.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> chain.link(tenant)).isInstanceOf(IllegalStateException.class);
    }
}
