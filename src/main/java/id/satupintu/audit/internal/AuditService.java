package id.satupintu.audit.internal;

import id.satupintu.audit.AuditLog;
import id.satupintu.audit.AuditPage;
import id.satupintu.audit.AuditTrail;
import id.satupintu.audit.ChainVerification;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Map;

/**
 * Writes audit entries in the caller's transaction, taking who and from where from the current request, and
 * serves the auditor's reads. Entries are recorded as pending and linked into the chain right after the caller's
 * commit ({@link AuditLinker}); reads link what is pending first, so they always show every committed entry.
 */
@Service
class AuditService implements AuditTrail, AuditLog {

    static final int MAX_PAGE = 500;

    private final AuditChain chain;
    private final AuditLinker linker;
    private final Clock clock;
    private final TransactionTemplate reads;
    private final TransactionTemplate snapshotReads;

    AuditService(AuditChain chain, AuditLinker linker, Clock clock, PlatformTransactionManager transactionManager) {
        this.chain = chain;
        this.linker = linker;
        this.clock = clock;
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
        this.snapshotReads = new TransactionTemplate(transactionManager);
        this.snapshotReads.setReadOnly(true);
        this.snapshotReads.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(TenantId tenant, String action, String objectType, String objectId, Map<String, String> details) {
        enqueue(tenant, Actor.current(), action, objectType, objectId, details);
    }

    // Overridden only to be transactional: the interface's default method would call the other one past the proxy.
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(TenantId tenant, String action, String objectType, String objectId) {
        record(tenant, action, objectType, objectId, Map.of());
    }

    /** For events whose actor is not (or no longer) the thread's principal: sign-in, sign-out. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(Actor actor, TenantId tenant, String action, String objectType, String objectId,
                         Map<String, String> details) {
        enqueue(tenant, actor, action, objectType, objectId, details);
    }

    private void enqueue(TenantId tenant, Actor actor, String action, String objectType, String objectId,
                         Map<String, String> details) {
        chain.enqueue(tenant, clock.instant(), actor, action, objectType, objectId, details);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                linker.wake(tenant);
            }
        });
    }

    @Override
    public AuditPage page(TenantId tenant, long beforeSeq, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("size", "audit.size.invalid", "Page size must be 1 to " + MAX_PAGE, MAX_PAGE);
        }
        linker.linkNow(tenant);
        return reads.execute(status -> chain.page(tenant, beforeSeq, size));
    }

    /** In one snapshot (repeatable read), so that entries linked meanwhile do not look like damage. */
    @Override
    public ChainVerification verify(TenantId tenant) {
        linker.linkNow(tenant);
        return snapshotReads.execute(status -> chain.verify(tenant, clock.instant()));
    }
}
