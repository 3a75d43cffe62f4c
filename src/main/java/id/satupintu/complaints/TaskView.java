package id.satupintu.complaints;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One agency's (or office's) task within a complaint.
 *
 * @param followUpDue  when the agency must have started (5 working days after dispatch)
 * @param overdue      the follow-up deadline passed before the task started, or the complaint's deadline passed
 *                     before the task was resolved
 * @param actions      what the viewer may do to it now ({@link #may})
 */
public record TaskView(UUID id, String agencyCode, TaskStatus status, Instant openedAt, Instant followUpDue,
                       Optional<Instant> startedAt, Optional<Instant> resolvedAt, Optional<String> resolutionNote,
                       Optional<UUID> proofPhotoId, Optional<UUID> assigneeId, boolean overdue, Set<TaskAction> actions) {

    public TaskView {
        actions = Set.copyOf(actions);
    }

    public boolean may(TaskAction action) {
        return actions.contains(action);
    }
}
