package id.satupintu.complaints;

import id.satupintu.shared.Viewer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A complaint as who may see it sees it: its reporter (signed in, or holding its secret), the complaint desk (every
 * complaint of its tenant), an agency (complaints with a task for it, never naming who reported a confidential
 * one). Anything else is answered as not found (empty).
 */
public interface ComplaintLookup {

    Optional<ComplaintView> find(Viewer viewer, UUID complaintId);

    Optional<ComplaintView> findByTrackingCode(Viewer viewer, String trackingCode);

    /** The timeline for its reporter or an officer who may see the complaint. */
    List<ComplaintEvent> timeline(Viewer viewer, UUID complaintId);

    /**
     * The complaint as its reporter sees it, for a reporter without an account who holds its secret; empty when the
     * code and secret do not belong together (the same answer as for an unknown code).
     */
    Optional<ComplaintView> followUp(ReporterSecret key);

    /** The reporter's timeline of the complaint, for the holder of its secret; empty for a wrong secret. */
    List<ComplaintEvent> timeline(ReporterSecret key);
}
