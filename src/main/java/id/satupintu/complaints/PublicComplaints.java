package id.satupintu.complaints;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Publicly listed complaints for everyone (the list, the map, Open311): nothing that identifies a reporter. */
public interface PublicComplaints {

    ComplaintPage<PublicComplaint> publicList(TenantId tenant, ComplaintQuery query);

    Optional<PublicComplaint> publicComplaint(TenantId tenant, String trackingCode);

    Optional<PublicComplaint> publicComplaint(TenantId tenant, UUID complaintId);

    /** Public complaints grouped per map cell inside the box; {@code cellDegrees} is the cell size. */
    List<MapCluster> mapClusters(TenantId tenant, ComplaintQuery filters, double south, double west, double north,
                                 double east, double cellDegrees);

    /** The public timeline by tracking code; empty for a complaint that is not listed publicly. */
    List<ComplaintEvent> publicTimeline(TenantId tenant, String trackingCode);

    /**
     * Public events of publicly listed complaints in a time window, oldest first, at most {@code limit} (a dispute's
     * wording left out, as in the public timeline).
     */
    List<PublicUpdate> publicUpdates(TenantId tenant, Instant from, Instant to, int limit);

    /** A photo: public for a publicly listed complaint, otherwise only for who may see the complaint. */
    Optional<PhotoContent> photo(TenantId tenant, Optional<Viewer> viewer, UUID photoId);
}
