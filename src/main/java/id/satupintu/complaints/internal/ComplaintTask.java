package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintEventKind;
import id.satupintu.complaints.ComplaintHandedOver;
import id.satupintu.complaints.ComplaintResolved;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintStatus.Move;
import id.satupintu.complaints.ComplaintTaskResolved;
import id.satupintu.complaints.ComplaintTaskStarted;
import id.satupintu.complaints.TaskStatus;
import id.satupintu.complaints.internal.Rows.TaskRow;
import id.satupintu.shared.Ids;
import id.satupintu.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One agency's part of a {@link Complaint}, inside its aggregate: loaded, changed and saved with it. Its moves
 * check {@link TaskStatus}'s table and move the complaint on (the first start, the last resolution).
 */
/** One agency's part of the complaint; its moves change the complaint too. */
final class ComplaintTask {

    private final Complaint complaint;
    private final UUID id;
    private final int position;
    private final String agencyCode;
    private final Instant openedAt;
    private TaskStatus status;
    private Instant followUpDue;
    private @Nullable Instant startedAt;
    private @Nullable Instant resolvedAt;
    private @Nullable String resolutionNote;
    private @Nullable UUID proofPhotoId;
    private @Nullable UUID assigneeId;
    private @Nullable Instant flaggedAt;
    private final boolean inserted;
    private boolean taskChanged;

    ComplaintTask(Complaint complaint, TaskRow row, boolean inserted) {
        this.complaint = complaint;
        this.id = row.id();
        this.position = row.position();
        this.agencyCode = row.agencyCode();
        this.openedAt = row.openedAt();
        this.status = row.status();
        this.followUpDue = row.followUpDue();
        this.startedAt = row.startedAt();
        this.resolvedAt = row.resolvedAt();
        this.resolutionNote = row.resolutionNote();
        this.proofPhotoId = row.proofPhotoId();
        this.assigneeId = row.assigneeId();
        this.flaggedAt = row.flaggedAt();
        this.inserted = inserted;
    }

    int position() {
        return position;
    }

    UUID id() {
        return id;
    }

    String agencyCode() {
        return agencyCode;
    }

    TaskStatus status() {
        return status;
    }

    Complaint complaint() {
        return complaint;
    }

    /** Only the complaint moves a task this way (cancelling it with a merge). */
    void move(TaskStatus.Move move) {
        status = status.after(move);
        taskChanged = true;
    }

    void start(UUID officer) {
        move(TaskStatus.Move.START);
        startedAt = complaint.now;
        assigneeId = officer;
        if (complaint.status.allows(Move.START)) {
            complaint.status = complaint.status.after(Move.START);
        }
        complaint.touch();
        complaint.record(ComplaintEventKind.STARTED, agencyCode, null);
        complaint.audit(ComplaintEventKind.STARTED, "complaint-task", id, complaint.by(officer));
        complaint.recorded.event(new ComplaintTaskStarted(Ids.newId(), complaint.tenant(), complaint.facts(), id, agencyCode, followUpDue,
                !complaint.now.isAfter(followUpDue), complaint.now));
    }

    /** Done, with a proof photo; the last active task resolves the complaint. */
    void resolve(UUID officer, String note, PhotoSanitizer.Photo proof) {
        TaskStatus next = status.after(TaskStatus.Move.RESOLVE);
        ComplaintStatus whole = complaint.status;
        whole.after(Move.RESOLVE); // only a complaint with the agencies can be resolved
        UUID photoId = Ids.newId();
        complaint.recorded.photo(new Recorded.NewPhoto(photoId, "proof", proof));
        status = next;
        taskChanged = true;
        startedAt = startedAt == null ? complaint.now : startedAt;
        resolvedAt = complaint.now;
        resolutionNote = note;
        proofPhotoId = photoId;
        assigneeId = officer;
        complaint.touch();
        boolean onTime = complaint.resolveDue == null || !complaint.now.isAfter(complaint.resolveDue);
        complaint.record(ComplaintEventKind.TASK_RESOLVED, agencyCode, note);
        complaint.audit(ComplaintEventKind.TASK_RESOLVED, "complaint-task", id, complaint.by(officer));
        complaint.recorded.event(new ComplaintTaskResolved(Ids.newId(), complaint.tenant(), complaint.facts(), id, agencyCode, openedAt,
                Optional.ofNullable(complaint.resolveDue), onTime, complaint.now));
        if (complaint.tasks.stream().noneMatch(t -> t.status.isActive())) {
            complaint.status = whole.after(Move.RESOLVE);
            complaint.resolvedAt = complaint.now;
            complaint.autoCloseAt = complaint.deadlines.autoCloseAt(complaint.now);
            complaint.statusNote = note;
            complaint.record(ComplaintEventKind.RESOLVED, null, null);
            complaint.recorded.event(new ComplaintResolved(Ids.newId(), complaint.tenant(), complaint.facts(), complaint.resolvedAgencies(),
                    Optional.ofNullable(complaint.resolveDue), onTime, complaint.autoCloseAt, complaint.now));
        } else if (whole.allows(Move.START)) {
            complaint.status = whole.after(Move.START);
        }
    }

    /** Not ours: another agency or office gets a task of its own. */
    void handOver(UUID officer, String toAgency, String reason) {
        TaskStatus next = status.after(TaskStatus.Move.HAND_OVER);
        if (toAgency.isEmpty() || toAgency.equals(agencyCode)) {
            throw new InvalidInputException("agency", "complaint.handOver.target", "Choose another agency or office");
        }
        status = next;
        taskChanged = true;
        Instant due = complaint.deadlines.followUpDue(complaint.now);
        complaint.tasks.add(complaint.newTask(toAgency, due));
        complaint.touch();
        complaint.record(ComplaintEventKind.HANDED_OVER, toAgency, reason);
        complaint.audit(ComplaintEventKind.HANDED_OVER, "complaint-task", id, Map.of("by", officer.toString(), "to", toAgency));
        complaint.recorded.event(new ComplaintHandedOver(Ids.newId(), complaint.tenant(), complaint.facts(), agencyCode, toAgency, due, complaint.now));
    }

    /** Only the complaint reopens a task, when the desk reopens a disputed complaint. */
    void reopen(Instant due) {
        move(TaskStatus.Move.REOPEN);
        followUpDue = due;
        startedAt = null;
        resolvedAt = null;
        resolutionNote = null;
        proofPhotoId = null;
        assigneeId = null;
        flaggedAt = null;
    }

    TaskRow row() {
        return new TaskRow(id, complaint.tenant(), complaint.id(), position, agencyCode, status, openedAt, followUpDue,
                startedAt, resolvedAt, resolutionNote, proofPhotoId, assigneeId, flaggedAt);
    }

    boolean inserted() {
        return inserted;
    }

    boolean changed() {
        return taskChanged && !inserted;
    }
}
