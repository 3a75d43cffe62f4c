package id.satupintu.audit.internal;

import id.satupintu.audit.AuditEntry;
import id.satupintu.audit.AuditPage;
import id.satupintu.audit.ChainVerification;
import id.satupintu.audit.ChainVerification.Problem;
import id.satupintu.shared.TenantId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The per-tenant hash chain in the database: recording entries as pending, linking them into the chain under the
 * lock of the tenant's head row, reading pages, and walking the chain to verify it. Knows nothing of requests or principals; transactions are the caller's.
 */
@Component
class AuditChain {

    private static final int BATCH = 1_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:-]+");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {
    };
    private static final String COLUMNS = "seq, recorded_at, actor_id, actor_role, action, object_type, object_id, "
            + "client_ip, details, prev_hash, hash";

    private static final String PENDING_COLUMNS = "recorded_at, actor_id, actor_role, action, object_type, object_id, "
            + "client_ip, details";

    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;
    private final int batchSize;

    @Autowired
    AuditChain(JdbcTemplate jdbc) {
        this(jdbc, BATCH);
    }

    /** With a small batch size, tests can check that linking and verification carry their state across batches. */
    AuditChain(JdbcTemplate jdbc, int batchSize) {
        this.jdbc = JdbcClient.create(jdbc);
        this.batchJdbc = jdbc;
        this.batchSize = batchSize;
    }

    /**
     * Records an entry for the tenant's chain: it waits in {@code audit_pending} until {@link #link} chains it. Must
     * run inside the action's transaction, so that the entry commits or rolls back with the action. Takes no lock:
     * actions of one tenant no longer wait for each other's commits.
     */
    void enqueue(TenantId tenant, Instant now, Actor actor, String action, String objectType, String objectId,
                 Map<String, String> details) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Audit entries are recorded inside the action's transaction");
        }
        name("action", action, 80);
        name("object type", objectType, 60);
        text("object id", objectId, 100);
        text("actor id", actor.id(), 64);
        text("actor role", actor.role(), 32);
        text("client address", actor.clientIp(), 64);
        details.forEach((key, value) -> {
            name("details key", key, 60);
            length("details value", value, 1_000); // JSON escapes whatever it holds
        });
        // PostgreSQL keeps microseconds: hash exactly what will be read back.
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        insert into audit_pending (tenant_id, recorded_at, actor_id, actor_role, action, object_type,
                                                   object_id, client_ip, details)
                        values (:tenant, :at, :actorId, :actorRole, :action, :objectType, :objectId, :clientIp, :details)""")
                .param("tenant", tenant.code()).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("actorId", actor.id()).param("actorRole", actor.role()).param("action", action)
                .param("objectType", objectType).param("objectId", objectId).param("clientIp", actor.clientIp())
                .param("details", JSON.writeValueAsString(new TreeMap<>(details)))
                .update();
    }

    /**
     * Moves the tenant's committed pending entries into its chain, oldest first, numbering and hashing each after
     * the head, in batches. Must run in a transaction of its own: the head row stays locked until it commits, so
     * linkers on several nodes take turns, and one that waited sees the entries the other already moved as gone.
     *
     * @return how many entries were linked
     */
    int link(TenantId tenant) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Audit entries are linked inside a transaction");
        }
        Head head = lockHead(tenant);
        int linked = 0;
        List<Pending> batch;
        do {
            batch = jdbc.sql("select id, " + PENDING_COLUMNS + " from audit_pending where tenant_id = :tenant "
                            + "order by id limit :limit")
                    .param("tenant", tenant.code()).param("limit", batchSize)
                    .query(AuditChain::pending).list();
            if (batch.isEmpty()) {
                break;
            }
            List<Object[]> rows = new ArrayList<>(batch.size());
            long seq = head.seq();
            String prev = head.hash();
            for (Pending entry : batch) {
                seq++;
                String hash = EntryHash.of(prev, tenant.code(), seq, entry.recordedAt(), entry.actorId(),
                        entry.actorRole(), entry.action(), entry.objectType(), entry.objectId(), entry.clientIp(),
                        entry.details());
                rows.add(new Object[]{tenant.code(), seq, OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC),
                        entry.actorId(), entry.actorRole(), entry.action(), entry.objectType(), entry.objectId(),
                        entry.clientIp(), entry.details(), prev, hash});
                prev = hash;
            }
            batchJdbc.batchUpdate("""
                    insert into audit_log (tenant_id, seq, recorded_at, actor_id, actor_role, action, object_type,
                                           object_id, client_ip, details, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            jdbc.sql("delete from audit_pending where id in (:ids)")
                    .param("ids", batch.stream().map(Pending::id).toList()).update();
            head = new Head(seq, prev);
            linked += batch.size();
        } while (batch.size() == batchSize);
        if (linked > 0) {
            jdbc.sql("update audit_chain_head set seq = :seq, hash = :hash where tenant_id = :tenant")
                    .param("seq", head.seq()).param("hash", head.hash()).param("tenant", tenant.code()).update();
        }
        return linked;
    }

    /** The tenants with entries waiting to be linked. */
    List<TenantId> pendingTenants() {
        return jdbc.sql("select tenant_id from audit_pending group by tenant_id")
                .query((rs, n) -> TenantId.of(rs.getString(1))).list();
    }

    AuditPage page(TenantId tenant, long beforeSeq, int size) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from audit_log where tenant_id = :tenant and seq < :before "
                        + "order by seq desc limit :limit")
                .param("tenant", tenant.code()).param("before", beforeSeq).param("limit", size + 1)
                .query(AuditChain::row).list();
        List<AuditEntry> entries = rows.stream().limit(size).map(Row::entry).toList();
        return new AuditPage(entries, rows.size() > size ? OptionalLong.of(entries.getLast().seq()) : OptionalLong.empty());
    }

    /**
     * Walks the chain in sequence order, a batch at a time. For each entry, in this order: is it the next number
     * (else an entry is missing: {@code GAP}), does it point at the previous entry's hash (else {@code LINK_BROKEN}),
     * does its content still give its hash (else {@code HASH_MISMATCH})? Finally the head must name the last entry.
     * Run it in one snapshot (repeatable read) so that appends running meanwhile do not look like damage.
     */
    ChainVerification verify(TenantId tenant, Instant now) {
        Head head = jdbc.sql("select seq, hash from audit_chain_head where tenant_id = :tenant")
                .param("tenant", tenant.code()).query(AuditChain::head).optional()
                .orElse(new Head(0, EntryHash.GENESIS));
        long expectedSeq = 1;
        String expectedPrev = EntryHash.GENESIS;
        long checked = 0;
        List<Row> batch;
        do {
            batch = jdbc.sql("select " + COLUMNS + " from audit_log where tenant_id = :tenant and seq >= :from "
                            + "order by seq limit :limit")
                    .param("tenant", tenant.code()).param("from", expectedSeq).param("limit", batchSize)
                    .query(AuditChain::row).list();
            for (Row row : batch) {
                if (row.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq, Problem.GAP, now);
                }
                if (!row.prevHash().equals(expectedPrev)) {
                    return ChainVerification.broken(checked, row.seq(), Problem.LINK_BROKEN, now);
                }
                if (!row.recomputedHash(tenant).equals(row.hash())) {
                    return ChainVerification.broken(checked, row.seq(), Problem.HASH_MISMATCH, now);
                }
                checked++;
                expectedSeq++;
                expectedPrev = row.hash();
            }
        } while (batch.size() == batchSize);

        long last = expectedSeq - 1;
        if (head.seq() < last) {
            return ChainVerification.broken(checked, head.seq() + 1, Problem.HEAD_MISMATCH, now);
        }
        if (head.seq() > last) {
            return ChainVerification.broken(checked, last + 1, Problem.HEAD_MISMATCH, now);
        }
        if (!head.hash().equals(expectedPrev)) {
            // The last entry is not the one the head remembers: it was replaced (or the head was edited).
            return ChainVerification.broken(Math.max(checked - 1, 0), Math.max(last, 1), Problem.HEAD_MISMATCH, now);
        }
        return ChainVerification.intact(checked, now);
    }

    private Head lockHead(TenantId tenant) {
        Optional<Head> head = headForUpdate(tenant);
        if (head.isEmpty()) {
            // The tenant's first entry. ON CONFLICT DO NOTHING (without a target: H2 accepts only that form) lets
            // two first appends race safely; the loser waits for the winner and then locks its row.
            jdbc.sql("insert into audit_chain_head (tenant_id, seq, hash) values (:tenant, 0, :genesis) on conflict do nothing")
                    .param("tenant", tenant.code()).param("genesis", EntryHash.GENESIS).update();
            head = headForUpdate(tenant);
        }
        return head.orElseThrow();
    }

    private Optional<Head> headForUpdate(TenantId tenant) {
        return jdbc.sql("select seq, hash from audit_chain_head where tenant_id = :tenant for update")
                .param("tenant", tenant.code()).query(AuditChain::head).optional();
    }

    /** Callers pass constants and identifiers here; anything else is a programming error, refused loudly. */
    private static void name(String what, String value, int maxLength) {
        length(what, value, maxLength);
        if (!NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("Audit " + what + " must be letters, digits and _ . : - only: " + value);
        }
    }

    private static void text(String what, String value, int maxLength) {
        length(what, value, maxLength);
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Audit " + what + " must not contain control characters");
        }
    }

    private static void length(String what, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("Audit " + what + " longer than " + maxLength + " characters");
        }
    }

    private record Head(long seq, String hash) {
    }

    private record Pending(long id, Instant recordedAt, String actorId, String actorRole, String action,
                           String objectType, String objectId, String clientIp, String details) {
    }

    private static Pending pending(ResultSet rs, int rowNum) throws SQLException {
        return new Pending(rs.getLong("id"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_id"), rs.getString("actor_role"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getString("client_ip"),
                rs.getString("details"));
    }

    private static Head head(ResultSet rs, int rowNum) throws SQLException {
        return new Head(rs.getLong("seq"), rs.getString("hash"));
    }

    private record Row(long seq, Instant recordedAt, String actorId, String actorRole, String action, String objectType,
                       String objectId, String clientIp, String details, String prevHash, String hash) {

        String recomputedHash(TenantId tenant) {
            return EntryHash.of(prevHash, tenant.code(), seq, recordedAt, actorId, actorRole, action, objectType,
                    objectId, clientIp, details);
        }

        AuditEntry entry() {
            return new AuditEntry(seq, recordedAt, actorId, actorRole, action, objectType, objectId, clientIp,
                    parse(details), prevHash, hash);
        }

        private static Map<String, String> parse(String details) {
            try {
                return JSON.readValue(details, DETAILS);
            } catch (JacksonException e) {
                // Only a row edited outside the application gets here; show it rather than hide it.
                return Map.of("unreadable", details);
            }
        }
    }

    private static Row row(ResultSet rs, int rowNum) throws SQLException {
        return new Row(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_id"), rs.getString("actor_role"), rs.getString("action"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getString("client_ip"),
                rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
