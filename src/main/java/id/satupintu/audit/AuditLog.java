package id.satupintu.audit;

import id.satupintu.shared.TenantId;

/**
 * The auditor's side of the audit trail: read a tenant's entries and verify that its chain is unbroken. Both only
 * ever see the tenant asked for.
 */
public interface AuditLog {

    /** Entries with a sequence number below {@code beforeSeq}, newest first, at most {@code size} (1 to 500). */
    AuditPage page(TenantId tenant, long beforeSeq, int size);

    /** The newest entries. */
    default AuditPage latest(TenantId tenant, int size) {
        return page(tenant, Long.MAX_VALUE, size);
    }

    /**
     * Recomputes every hash of the tenant's chain in sequence order and checks the links, the numbering and the
     * head; reports the first entry where the chain breaks. Reads in batches, so any length of chain is fine.
     */
    ChainVerification verify(TenantId tenant);
}
