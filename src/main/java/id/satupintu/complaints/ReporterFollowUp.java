package id.satupintu.complaints;

import id.satupintu.shared.Viewer;

import java.util.UUID;

/**
 * The reporter answers a resolution: signed in, or holding the complaint's secret ({@link ReporterSecret}). A move
 * the complaint's state does not allow throws {@link id.satupintu.shared.ConflictException}.
 */
public interface ReporterFollowUp {

    /** The reporter accepts the resolution: closed. */
    ComplaintView confirm(Viewer reporter, UUID complaintId);

    /** The reporter disputes the resolution: "closed, not fixed", waiting for the desk to reopen it. */
    ComplaintView dispute(Viewer reporter, UUID complaintId, String reason);

    /** The reporter rates the resolution (1-5 stars), once. */
    ComplaintView rate(Viewer reporter, UUID complaintId, int stars, String comment);

    ComplaintView confirm(ReporterSecret key);

    ComplaintView dispute(ReporterSecret key, String reason);

    ComplaintView rate(ReporterSecret key, int stars, String comment);
}
