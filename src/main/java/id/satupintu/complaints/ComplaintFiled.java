package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A complaint came in (never carries who reported it). */
public record ComplaintFiled(TenantId tenant, UUID complaintId, String trackingCode, String categoryCode,
                            Optional<String> kelurahanCode, Optional<GeoPoint> point, Instant at) {
}
