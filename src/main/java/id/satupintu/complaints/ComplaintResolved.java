package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every task of a complaint is resolved; {@code onTime} against the complaint's resolution deadline. */
public record ComplaintResolved(TenantId tenant, UUID complaintId, String trackingCode, String categoryCode,
                               List<String> agencies, Instant resolvedAt, boolean onTime) {

    public ComplaintResolved {
        agencies = List.copyOf(agencies);
    }
}
