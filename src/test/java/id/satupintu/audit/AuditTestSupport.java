package id.satupintu.audit;

import id.satupintu.shared.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * Each audit test works on a tenant of its own (so a shared PostgreSQL database never mixes chains) and erases
 * the chains it used afterwards. Subclasses add their own {@code @BeforeEach} under another name; it runs after
 * this one.
 */
public abstract class AuditTestSupport {

    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected TransactionTemplate transactions;
    @Autowired
    protected DataSource dataSource;
    @Autowired
    protected AuditLog auditLogForTests;

    protected AuditDatabase database;
    protected TenantId tenant;

    @BeforeEach
    void freshAuditTenant() {
        database = new AuditDatabase(jdbc, transactions, dataSource, auditLogForTests);
        tenant = database.freshTenant();
    }

    @AfterEach
    void eraseUsedChains() {
        database.eraseUsed();
    }
}
