package id.satupintu.complaints;

import id.satupintu.shared.Viewer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The complaint desk (officers of the configured desk agency) verifies, rejects, dispatches, reopens and merges;
 * every officer sees their queue and keeps internal notes. Anyone else is answered as not found; a move the
 * complaint's state does not allow throws {@link id.satupintu.shared.ConflictException}.
 */
public interface ComplaintDesk {

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
     * Sends a verified (or disputed) complaint to one or more agencies or offices as parallel tasks under one
     * deadline; {@code tier} overrides the category's.
     */
    ComplaintView dispatch(Viewer desk, UUID complaintId, List<String> agencyCodes, Optional<ResolutionTier> tier);

    /** Reopens a disputed complaint: its resolved tasks open again. */
    ComplaintView reopen(Viewer desk, UUID complaintId, String note);

    /** Merges a duplicate into another open complaint: its reporter and supporters follow the other one. */
    ComplaintView merge(Viewer desk, UUID duplicateId, String intoTrackingCode);

    ComplaintNote addNote(Viewer officer, UUID complaintId, String body);

    List<ComplaintNote> notes(Viewer officer, UUID complaintId);
}
