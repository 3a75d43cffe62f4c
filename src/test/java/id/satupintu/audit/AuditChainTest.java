package id.satupintu.audit;

import id.satupintu.audit.ChainVerification.Problem;
import id.satupintu.shared.TenantId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit chain detects every kind of tampering a DBA could do to the rows, and points at the first broken
 * entry. Tampering goes around the application with plain SQL (on PostgreSQL with the append-only triggers off).
 */
@SpringBootTest
class AuditChainTest extends AuditTestSupport {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog auditLog;

    private void appendFive() {
        for (int i = 1; i <= 5; i++) {
            trail.record(tenant, "test.action" + i, "thing", "id-" + i, Map.of("n", String.valueOf(i)));
        }
    }

    @Test
    void threeAppendedEntriesVerifyAsAnIntactChain() {
        trail.record(tenant, "agency.created", "agency", "a-1", Map.of("code", "dinas-1", "kind", "DINAS"));
        trail.record(tenant, "agency.updated", "agency", "a-1");
        trail.record(tenant, "agency.updated", "agency", "a-1", Map.of("active", "false"));

        ChainVerification result = auditLog.verify(tenant);

        assertThat(result.valid()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(3);
        assertThat(result.firstBrokenSeq()).isEmpty();
        assertThat(result.problem()).isEmpty();
    }

    @Test
    void entriesAreNumberedAndLinkedAndRecordWhoOutsideARequestAsSystem() throws Exception {
        // A thread of its own, like a scheduled job: the test's own thread carries a mock request.
        Thread job = Thread.ofPlatform().start(() -> {
            trail.record(tenant, "tenant.registered", "tenant", tenant.code(), Map.of("kind", "KOTA"));
            trail.record(tenant, "agency.created", "agency", "a-1");
        });
        job.join();

        List<AuditEntry> entries = auditLog.latest(tenant, 10).entries();

        assertThat(entries).extracting(AuditEntry::seq).containsExactly(2L, 1L);
        assertThat(entries.get(1).prevHash()).isEqualTo("0".repeat(64));
        assertThat(entries.get(0).prevHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries.get(1).details()).isEqualTo(Map.of("kind", "KOTA"));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo("system");
            assertThat(entry.clientIp()).isEmpty();
        });
    }

    @Test
    void anEditedRowIsReportedAsHashMismatchAtThatEntry() {
        appendFive();

        database.tamper(db -> db.sql("update audit_log set action = 'test.harmless' where tenant_id = :t and seq = 3")
                .param("t", tenant.code()).update());

        ChainVerification result = auditLog.verify(tenant);
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).contains(Problem.HASH_MISMATCH);
        assertThat(result.firstBrokenSeq()).hasValue(3);
        assertThat(result.entriesChecked()).isEqualTo(2);
    }

    @Test
    void anEditedDetailOrTimeIsAlsoCaught() {
        appendFive();

        database.tamper(db -> db.sql("update audit_log set recorded_at = recorded_at + interval '1' second "
                + "where tenant_id = :t and seq = 4").param("t", tenant.code()).update());

        assertThat(auditLog.verify(tenant).firstBrokenSeq()).hasValue(4);
    }

    @Test
    void aDeletedMiddleRowIsReportedAsGapAtItsNumber() {
        appendFive();

        database.tamper(db -> db.sql("delete from audit_log where tenant_id = :t and seq = 3")
                .param("t", tenant.code()).update());

        ChainVerification result = auditLog.verify(tenant);
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).contains(Problem.GAP);
        assertThat(result.firstBrokenSeq()).hasValue(3);
    }

    @Test
    void twoSwappedRowsAreReportedAsBrokenLinkAtTheFirstOfThem() {
        appendFive();

        // Renumber 2 and 3 the other way round, through a number nobody uses.
        database.tamper(db -> {
            db.sql("update audit_log set seq = 1000002 where tenant_id = :t and seq = 2").param("t", tenant.code()).update();
            db.sql("update audit_log set seq = 2 where tenant_id = :t and seq = 3").param("t", tenant.code()).update();
            db.sql("update audit_log set seq = 3 where tenant_id = :t and seq = 1000002").param("t", tenant.code()).update();
        });

        ChainVerification result = auditLog.verify(tenant);
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).contains(Problem.LINK_BROKEN);
        assertThat(result.firstBrokenSeq()).hasValue(2);
    }

    @Test
    void swappedContentsWithTheirHashesAreAlsoCaught() {
        appendFive();

        database.tamper(db -> {
            Content second = content(db, 2);
            Content fourth = content(db, 4);
            db.sql("update audit_log set action = :action, hash = :hash where tenant_id = :t and seq = 2")
                    .param("action", fourth.action()).param("hash", fourth.hash()).param("t", tenant.code()).update();
            db.sql("update audit_log set action = :action, hash = :hash where tenant_id = :t and seq = 4")
                    .param("action", second.action()).param("hash", second.hash()).param("t", tenant.code()).update();
        });

        ChainVerification result = auditLog.verify(tenant);
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSeq()).hasValue(2);
    }

    private record Content(String action, String hash) {
    }

    private Content content(JdbcClient db, long seq) {
        return db.sql("select action, hash from audit_log where tenant_id = :t and seq = :seq")
                .param("t", tenant.code()).param("seq", seq).query(Content.class).single();
    }

    @Test
    void aDeletedLastRowIsReportedAsHeadMismatch() {
        appendFive();

        database.tamper(db -> db.sql("delete from audit_log where tenant_id = :t and seq = 5")
                .param("t", tenant.code()).update());

        ChainVerification result = auditLog.verify(tenant);
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).contains(Problem.HEAD_MISMATCH);
        assertThat(result.firstBrokenSeq()).hasValue(5);
        assertThat(result.entriesChecked()).isEqualTo(4);
    }

    @Test
    void aRowAddedAtTheEndBehindTheApplicationsBackIsReportedAsHeadMismatch() {
        appendFive();

        database.tamper(db -> db.sql("""
                        insert into audit_log (tenant_id, seq, recorded_at, actor_id, actor_role, action, object_type,
                                               object_id, client_ip, details, prev_hash, hash)
                        select tenant_id, 6, recorded_at, actor_id, actor_role, action, object_type, object_id, client_ip,
                               details, hash, hash from audit_log where tenant_id = :t and seq = 5""")
                .param("t", tenant.code()).update());

        ChainVerification result = auditLog.verify(tenant);
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSeq()).hasValue(6);
    }

    @Test
    void oneTenantsEntriesNeverAppearInAnothersListingOrVerification() {
        TenantId other = database.freshTenant();
        trail.record(tenant, "test.mine", "thing", "mine-1");
        trail.record(tenant, "test.mine", "thing", "mine-2");
        trail.record(other, "test.theirs", "thing", "theirs-1");

        AuditPage theirs = auditLog.latest(other, 50);
        assertThat(theirs.entries()).extracting(AuditEntry::objectId).containsExactly("theirs-1");
        assertThat(theirs.entries()).extracting(AuditEntry::seq).containsExactly(1L);
        assertThat(auditLog.verify(other).entriesChecked()).isEqualTo(1);

        // Damage to one tenant's chain is not another's problem.
        database.tamper(db -> db.sql("delete from audit_log where tenant_id = :t and seq = 1")
                .param("t", tenant.code()).update());
        assertThat(auditLog.verify(tenant).valid()).isFalse();
        assertThat(auditLog.verify(other).valid()).isTrue();
    }

    @Test
    void pagesGoBackwardsFromTheNewestWithoutOverlap() {
        appendFive();

        AuditPage first = auditLog.latest(tenant, 2);
        AuditPage second = auditLog.page(tenant, first.older().orElseThrow(), 2);
        AuditPage last = auditLog.page(tenant, second.older().orElseThrow(), 2);

        assertThat(first.entries()).extracting(AuditEntry::seq).containsExactly(5L, 4L);
        assertThat(second.entries()).extracting(AuditEntry::seq).containsExactly(3L, 2L);
        assertThat(last.entries()).extracting(AuditEntry::seq).containsExactly(1L);
        assertThat(last.older()).isEmpty();
    }

    @Test
    void anEntryRollsBackWithTheActionThatRecordedIt() {
        trail.record(tenant, "test.kept", "thing", "1");

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            trail.record(tenant, "test.rolledBack", "thing", "2");
            throw new IllegalStateException("the action failed");
        })).isInstanceOf(IllegalStateException.class);
        trail.record(tenant, "test.kept", "thing", "3");

        assertThat(auditLog.latest(tenant, 10).entries()).extracting(AuditEntry::objectId).containsExactly("3", "1");
        assertThat(auditLog.verify(tenant).valid()).isTrue();
    }

    @Test
    void concurrentAppendsOfOneTenantFormOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                int writer = w;
                writers.add(() -> {
                    for (int i = 0; i < 15; i++) {
                        trail.record(tenant, "test.concurrent", "writer", String.valueOf(writer));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        ChainVerification result = auditLog.verify(tenant);
        assertThat(result.valid()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(90);
    }

    @Test
    void aCommittedEntryIsLinkedRightAfterTheCommitWithoutAnyReader() throws InterruptedException {
        trail.record(tenant, "test.linked", "thing", "1");

        assertThat(chainedWithin(tenant, 1, java.time.Duration.ofSeconds(10))).isTrue();
        assertThat(pending(tenant)).isZero();
    }

    @Test
    void entriesLeftPendingByAnotherNodeOrACrashAreLinkedByTheSweep() throws InterruptedException {
        // what a node that crashed after its commit and before linking leaves: pending rows nobody was woken for
        for (int i = 1; i <= 3; i++) {
            committedButNotLinked("test.orphan", "orphan-" + i);
        }

        assertThat(chainedWithin(tenant, 3, java.time.Duration.ofSeconds(15))).isTrue();
        assertThat(pending(tenant)).isZero();
        assertThat(auditLog.verify(tenant).valid()).isTrue();
        assertThat(auditLog.latest(tenant, 10).entries()).extracting(AuditEntry::objectId)
                .containsExactly("orphan-3", "orphan-2", "orphan-1");
    }

    @Test
    void linkersOfSeveralNodesLinkingAtOnceNumberEveryEntryExactlyOnce() throws Exception {
        // 200 entries committed and nobody woken, then four "nodes" link at the same moment (each read links first)
        for (int i = 1; i <= 200; i++) {
            committedButNotLinked("test.node", "entry-" + i);
        }
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<AuditPage>> reads = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                reads.add(nodes.submit(() -> {
                    start.await();
                    return auditLog.latest(tenant, 1);
                }));
            }
            start.countDown();
            for (Future<AuditPage> read : reads) {
                assertThat(read.get().entries()).singleElement().satisfies(e -> assertThat(e.seq()).isEqualTo(200L));
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(pending(tenant)).isZero();
        ChainVerification result = auditLog.verify(tenant);
        assertThat(result.valid()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(200);
        assertThat(jdbc.sql("select count(distinct object_id) from audit_log where tenant_id = :t").param("t", tenant.code())
                .query(Long.class).single()).isEqualTo(200);
    }

    /** A pending entry as a node leaves it that committed and then did not (or not yet) link. */
    private void committedButNotLinked(String action, String objectId) {
        jdbc.sql("""
                        insert into audit_pending (tenant_id, recorded_at, actor_id, actor_role, action, object_type,
                                                   object_id, client_ip, details)
                        values (:t, current_timestamp, 'system', 'SYSTEM', :action, 'thing', :id, '', '{}')""")
                .param("t", tenant.code()).param("action", action).param("id", objectId).update();
    }

    private long pending(TenantId tenant) {
        return jdbc.sql("select count(*) from audit_pending where tenant_id = :t").param("t", tenant.code())
                .query(Long.class).single();
    }

    /** Polls the chain itself (no reader that would link): does it hold {@code count} entries before the time is up? */
    private boolean chainedWithin(TenantId tenant, long count, java.time.Duration time) throws InterruptedException {
        long deadline = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < deadline) {
            long chained = jdbc.sql("select count(*) from audit_log where tenant_id = :t").param("t", tenant.code())
                    .query(Long.class).single();
            if (chained == count) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Test
    void freeTextIsRefusedWhereOnlyNamesAndIdentifiersBelong() {
        assertThatThrownBy(() -> trail.record(tenant, "login failed for budi@example.com", "account", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trail.record(tenant, "test.action", "account", "line\nbreak"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onPostgresqlTheApplicationCannotUpdateDeleteOrTruncateAuditRows() {
        Assumptions.assumeTrue(database.postgres(), "needs PostgreSQL (set SATUPINTU_DB_URL)");
        trail.record(tenant, "test.protected", "thing", "1");
        database.linkPending();

        assertThatThrownBy(() -> jdbc.sql("update audit_log set action = 'test.changed' where tenant_id = :t")
                .param("t", tenant.code()).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where tenant_id = :t")
                .param("t", tenant.code()).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("append-only");
        // In a transaction that is rolled back whatever happens: were the trigger missing, nothing would be lost.
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("truncate table audit_log").update();
        })).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("append-only");

        assertThat(auditLog.verify(tenant).valid()).isTrue();
        assertThat(auditLog.latest(tenant, 10).entries()).extracting(AuditEntry::action).containsExactly("test.protected");
    }
}
