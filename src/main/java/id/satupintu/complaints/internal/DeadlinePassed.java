package id.satupintu.complaints.internal;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Internal: a complaint deadline passed (once per deadline): verification (the desk's), follow-up (one agency's
 * task) or resolution (every agency with an active task). Escalated to the agencies' heads.
 */
record DeadlinePassed(TenantId tenant, UUID complaintId, String trackingCode, String kind, String agencyCode,
                      Instant dueAt) {
}
