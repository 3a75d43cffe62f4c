package id.satupintu.complaints;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The complaints module's API. Every method that takes a {@link Viewer} enforces what they may do: a reporter
 * reaches only their own complaints, the complaint desk (officers of the configured desk agency) every complaint of
 * its tenant, an agency's officers only complaints with a task for their agency, and without ever seeing who
 * reported a confidential one. Anything else is answered as not found. Wrong input throws
 * {@link id.satupintu.shared.InvalidInputException}; a move the state machine refuses throws
 * {@link id.satupintu.shared.ConflictException}.
 */
public interface Complaints {

    // ---- catalogue ----

    List<ComplaintCategory> categories(TenantId tenant);

    Optional<ComplaintCategory> category(TenantId tenant, String code);

    // ---- reporters ----

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

    Optional<ComplaintView> find(Viewer viewer, UUID complaintId);

    Optional<ComplaintView> findByTrackingCode(Viewer viewer, String trackingCode);

    /** The reporter accepts the resolution: closed. */
    ComplaintView confirm(Viewer reporter, UUID complaintId);

    /** The reporter disputes the resolution: "closed, not fixed", waiting for the desk to reopen it. */
    ComplaintView dispute(Viewer reporter, UUID complaintId, String reason);

    /** The reporter rates the resolution (1-5 stars), once. */
    ComplaintView rate(Viewer reporter, UUID complaintId, int stars, String comment);

    /**
     * The complaint as its reporter sees it, for a reporter without an account who holds its secret; empty when the
     * code and secret do not belong together (the same answer as for an unknown code).
     */
    Optional<ComplaintView> followUp(ReporterSecret key);

    /** The reporter's timeline of the complaint, for the holder of its secret; empty for a wrong secret. */
    List<ComplaintEvent> timeline(ReporterSecret key);

    /** {@link #confirm(Viewer, UUID)} for the holder of the complaint's secret. */
    ComplaintView confirm(ReporterSecret key);

    /** {@link #dispute(Viewer, UUID, String)} for the holder of the complaint's secret. */
    ComplaintView dispute(ReporterSecret key, String reason);

    /** {@link #rate(Viewer, UUID, int, String)} for the holder of the complaint's secret. */
    ComplaintView rate(ReporterSecret key, int stars, String comment);

    // ---- public ----

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

    /** The timeline for its reporter or an officer who may see the complaint. */
    List<ComplaintEvent> timeline(Viewer viewer, UUID complaintId);

    /** A photo: public for a publicly listed complaint, otherwise only for who may see the complaint. */
    Optional<PhotoContent> photo(TenantId tenant, Optional<Viewer> viewer, UUID photoId);

    // ---- officers ----

    /**
     * The viewer's work, most urgent first: the desk sees complaints waiting for verification, dispatch or reopening;
     * an agency its complaints with active tasks.
     */
    ComplaintPage<ComplaintView> queue(Viewer officer, Optional<ComplaintStatus> status, boolean overdueOnly, int page);

    /** Whether the viewer works at the complaint desk. */
    boolean isDesk(Viewer viewer);

    ComplaintView verify(Viewer desk, UUID complaintId);

    ComplaintView reject(Viewer desk, UUID complaintId, String reason);

    /**
     * Sends a verified (or reopened) complaint to one or more agencies or offices as parallel tasks under one
     * deadline; {@code tier} overrides the category's.
     */
    ComplaintView dispatch(Viewer desk, UUID complaintId, List<String> agencyCodes, Optional<ResolutionTier> tier);

    /** Reopens a disputed complaint: its resolved tasks open again. */
    ComplaintView reopen(Viewer desk, UUID complaintId, String note);

    /** Merges a duplicate into another open complaint: its reporter and supporters follow the other one. */
    ComplaintView merge(Viewer desk, UUID duplicateId, String intoTrackingCode);

    ComplaintView startTask(Viewer officer, UUID taskId);

    ComplaintView resolveTask(Viewer officer, UUID taskId, String note, Optional<NewComplaint.Photo> proof);

    ComplaintView handOverTask(Viewer officer, UUID taskId, String agencyCode, String reason);

    ComplaintNote addNote(Viewer officer, UUID complaintId, String body);

    List<ComplaintNote> notes(Viewer officer, UUID complaintId);

    // ---- jobs ----

    /** Flags deadlines that passed (once each) and escalates them to the agency head; returns how many. */
    int detectOverdue();

    /** Closes resolved complaints whose reporter did not answer within 10 working days; returns how many. */
    int autoClose();
}
