package id.satupintu.complaints;

import id.satupintu.shared.Viewer;

import java.util.Optional;
import java.util.UUID;

/**
 * An agency's officers work on their own tasks: start, resolve with a proof photo, or hand over to another agency.
 * Another agency's task is not found; a move the task's state does not allow throws
 * {@link id.satupintu.shared.ConflictException}.
 */
public interface AgencyTasks {

    ComplaintView startTask(Viewer officer, UUID taskId);

    ComplaintView resolveTask(Viewer officer, UUID taskId, String note, Optional<NewComplaint.Photo> proof);

    ComplaintView handOverTask(Viewer officer, UUID taskId, String agencyCode, String reason);
}
