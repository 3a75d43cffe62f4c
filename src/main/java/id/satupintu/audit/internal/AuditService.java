package id.satupintu.audit.internal;

import id.satupintu.audit.AuditLog;
import id.satupintu.audit.AuditPage;
import id.satupintu.audit.AuditTrail;
import id.satupintu.audit.ChainVerification;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;

/**
 * Writes audit entries in the caller's transaction, taking who and from where from the current request, and
 * serves the auditor's reads.
 */
@Service
class AuditService implements AuditTrail, AuditLog {

    static final int MAX_PAGE = 500;

    private final AuditChain chain;
    private final Clock clock;

    AuditService(AuditChain chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(TenantId tenant, String action, String objectType, String objectId, Map<String, String> details) {
        chain.append(tenant, clock.instant(), Actor.current(), action, objectType, objectId, details);
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
        chain.append(tenant, clock.instant(), actor, action, objectType, objectId, details);
    }

    @Override
    @Transactional(readOnly = true)
    public AuditPage page(TenantId tenant, long beforeSeq, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("size", "audit.size.invalid", "Page size must be 1 to " + MAX_PAGE, MAX_PAGE);
        }
        return chain.page(tenant, beforeSeq, size);
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify(TenantId tenant) {
        return chain.verify(tenant, clock.instant());
    }
}
