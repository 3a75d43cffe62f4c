package id.satupintu.complaints;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Citizens, kiosks and outside clients file complaints (or support one already filed). Wrong input throws
 * {@link id.satupintu.shared.InvalidInputException}; anyone else is answered as not found.
 */
public interface ComplaintFiling {

    List<ComplaintCategory> categories(TenantId tenant);

    Optional<ComplaintCategory> category(TenantId tenant, String code);

    /** Open complaints of the category within about 50 metres, filed in the last 30 days: join one instead. */
    List<NearbyComplaint> similarNearby(TenantId tenant, String categoryCode, GeoPoint point);

    /**
     * Files a complaint for a signed-in citizen, an API client or a kiosk. Idempotent with a key. The point is
     * resolved to its kecamatan and kelurahan; photos are re-encoded without metadata.
     */
    ComplaintView file(Viewer reporter, NewComplaint complaint);

    /** "Saya juga": the citizen supports an open complaint and is told of its progress. */
    ComplaintView join(Viewer citizen, UUID complaintId);

    /** The citizen's complaints (filed or joined), newest first; anonymous ones cannot be listed. */
    List<ComplaintView> mine(Viewer citizen);
}
