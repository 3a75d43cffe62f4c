package id.satupintu.complaints.internal;

import id.satupintu.shared.TenantId;

import java.util.UUID;

/** Internal: a complaint changed in a way its reporter and supporters are told about. */
record ComplaintChanged(TenantId tenant, UUID complaintId, String kind) {
}
