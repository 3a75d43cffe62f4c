package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintEventKind;
import id.satupintu.shared.TenantId;

import java.util.UUID;

/**
 * Internal: a complaint changed in a way its reporter and supporters are told about. {@code eventId} is made once,
 * so the notifier recognises a second delivery.
 */
record ComplaintChanged(UUID eventId, TenantId tenant, UUID complaintId, ComplaintEventKind kind) {
}
