package id.satupintu.audit;

import id.satupintu.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the audit tests do to the database behind the application's back, as a DBA would: pick tenants with no
 * chain yet, tamper with rows (on PostgreSQL with the append-only triggers switched off for that one transaction)
 * and erase the chains they used, so that a shared PostgreSQL database is left without broken chains.
 */
public final class AuditDatabase {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog auditLog;
    private final boolean postgres;
    private final List<TenantId> used = new ArrayList<>();

    public AuditDatabase(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.auditLog = auditLog;
        this.postgres = urlOf(dataSource).startsWith("jdbc:postgresql");
    }

    /** Waits for nothing: links the used tenants' pending entries into their chains now (reading links first). */
    public void linkPending() {
        List.copyOf(used).forEach(tenant -> auditLog.latest(tenant, 1));
    }

    public boolean postgres() {
        return postgres;
    }

    /** A random tenant of the form 9x.yy whose audit chain is still empty; erased again by {@link #eraseUsed()}. */
    public TenantId freshTenant() {
        for (int attempt = 0; attempt < 200; attempt++) {
            TenantId tenant = id.satupintu.organisation.TestTenants.distinct(1)[0];
            boolean empty = jdbc.sql("select (select count(*) from audit_log where tenant_id = :t) "
                            + "+ (select count(*) from audit_chain_head where tenant_id = :t) "
                            + "+ (select count(*) from audit_pending where tenant_id = :t)")
                    .param("t", tenant.code()).query(Long.class).single() == 0;
            if (empty && !used.contains(tenant)) {
                used.add(tenant);
                return tenant;
            }
        }
        throw new IllegalStateException("No tenant 9x.yy with an empty audit chain left");
    }

    /** Runs {@code tampering} in one transaction in which PostgreSQL's append-only triggers are off. */
    public void tamper(Consumer<JdbcClient> tampering) {
        linkPending();
        try {
            transactions.executeWithoutResult(status -> {
                if (postgres) {
                    jdbc.sql("alter table audit_log disable trigger user").update();
                }
                tampering.accept(jdbc);
                if (postgres) {
                    jdbc.sql("alter table audit_log enable trigger user").update();
                }
            });
        } finally {
            if (postgres) {
                jdbc.sql("alter table audit_log enable trigger user").update();
            }
        }
    }

    public void eraseUsed() {
        List<TenantId> tenants = List.copyOf(used);
        used.clear();
        tamper(db -> tenants.forEach(tenant -> {
            db.sql("delete from audit_log where tenant_id = :t").param("t", tenant.code()).update();
            db.sql("delete from audit_pending where tenant_id = :t").param("t", tenant.code()).update();
            db.sql("delete from audit_chain_head where tenant_id = :t").param("t", tenant.code()).update();
        }));
    }

    private static String urlOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
