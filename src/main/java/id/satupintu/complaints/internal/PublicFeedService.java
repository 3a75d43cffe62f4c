package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintEvent;
import id.satupintu.complaints.ComplaintPage;
import id.satupintu.complaints.ComplaintQuery;
import id.satupintu.complaints.MapCluster;
import id.satupintu.complaints.PhotoContent;
import id.satupintu.complaints.PublicComplaint;
import id.satupintu.complaints.PublicComplaints;
import id.satupintu.complaints.PublicUpdate;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The public list, map, timelines and updates of publicly listed complaints, for everyone. */
@Service
@Transactional(readOnly = true)
class PublicFeedService implements PublicComplaints {

    private final ComplaintStore store;
    private final PublicComplaintQueries queries;
    private final ComplaintAccess access;
    private final ComplaintViews views;
    private final DeadlineCalendar deadlines;
    private final ComplaintsProperties properties;

    PublicFeedService(ComplaintStore store, PublicComplaintQueries queries, ComplaintAccess access, ComplaintViews views, DeadlineCalendar deadlines,
                      ComplaintsProperties properties) {
        this.store = store;
        this.queries = queries;
        this.access = access;
        this.views = views;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    @Override
    public ComplaintPage<PublicComplaint> publicList(TenantId tenant, ComplaintQuery query) {
        if (query.page() < 0 || query.page() > 100_000) {
            throw new InvalidInputException("page", "complaint.query.page", "No such page");
        }
        if (query.size() < 1 || query.size() > ComplaintQuery.MAX_SIZE) {
            throw new InvalidInputException("size", "complaint.query.size", "A page holds 1 to " + ComplaintQuery.MAX_SIZE + " complaints");
        }
        List<ComplaintRow> rows = queries.publicList(tenant, query, deadlines.now());
        boolean more = rows.size() > query.size();
        List<ComplaintRow> page = more ? rows.subList(0, query.size()) : rows;
        return new ComplaintPage<>(views.publicViews(tenant, page), query.page(), query.size(), more);
    }

    @Override
    public Optional<PublicComplaint> publicComplaint(TenantId tenant, String trackingCode) {
        return listed(tenant, trackingCode).map(row -> views.publicViews(tenant, List.of(row)).getFirst());
    }

    @Override
    public Optional<PublicComplaint> publicComplaint(TenantId tenant, UUID complaintId) {
        return store.find(tenant, complaintId).filter(row -> row.privacy().listedPublicly())
                .map(row -> views.publicViews(tenant, List.of(row)).getFirst());
    }

    @Override
    public List<MapCluster> mapClusters(TenantId tenant, ComplaintQuery filters, double south, double west, double north,
                                        double east, double cellDegrees) {
        if (!(south < north) || !(west < east) || south < -90 || north > 90 || west < -180 || east > 180) {
            throw new InvalidInputException("bbox", "complaint.map.bbox", "The map box must be south,west,north,east in degrees");
        }
        if (!(cellDegrees >= 0.00001) || cellDegrees > 10) {
            throw new InvalidInputException("cell", "complaint.map.cell", "The cell size must be between 0.00001 and 10 degrees");
        }
        return queries.clusters(tenant, filters, deadlines.now(), south, west, north, east, cellDegrees);
    }

    @Override
    public List<ComplaintEvent> publicTimeline(TenantId tenant, String trackingCode) {
        return listed(tenant, trackingCode)
                .map(row -> store.timeline(tenant, row.id()).stream().map(ComplaintEvent::forPublic).toList())
                .orElse(List.of());
    }

    @Override
    public List<PublicUpdate> publicUpdates(TenantId tenant, Instant from, Instant to, int limit) {
        if (!from.isBefore(to)) {
            throw new InvalidInputException("end_date", "complaint.query.window", "The end of the window must be after its start");
        }
        return queries.publicUpdates(tenant, from, to, Math.max(1, Math.min(limit, ComplaintQuery.MAX_SIZE)));
    }

    @Override
    public Optional<PhotoContent> photo(TenantId tenant, Optional<Viewer> viewer, UUID photoId) {
        return store.photo(tenant, photoId).filter(photo -> {
            Optional<ComplaintRow> row = store.find(tenant, photo.complaintId());
            return row.isPresent() && (row.get().privacy().listedPublicly()
                    || viewer.filter(v -> v.tenant().equals(tenant)).map(v -> access.maySee(v, row.get())).orElse(false));
        }).map(ComplaintStore.StoredPhoto::content);
    }

    private Optional<ComplaintRow> listed(TenantId tenant, String trackingCode) {
        return TrackingCode.parse(trackingCode, properties.trackingPrefix())
                .flatMap(code -> store.findByCode(tenant, code.value()))
                .filter(row -> row.privacy().listedPublicly());
    }
}
