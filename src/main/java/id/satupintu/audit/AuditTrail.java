package id.satupintu.audit;

import id.satupintu.shared.TenantId;

import java.util.Map;

/**
 * Records what an officer, admin or device did. Call it inside the transaction of the action itself, so the
 * action and its audit entry commit or roll back together. Who and from where are taken from the current
 * request (signed-in principal, client address); outside a request the actor is {@code system}.
 * Never put personal data (NIK, phone, e-mail, names) into the details: identifiers only.
 */
public interface AuditTrail {

    void record(TenantId tenant, String action, String objectType, String objectId, Map<String, String> details);

    default void record(TenantId tenant, String action, String objectType, String objectId) {
        record(tenant, action, objectType, objectId, Map.of());
    }
}
