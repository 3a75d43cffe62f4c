package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintDeadlinePassed.Deadline;
import id.satupintu.complaints.ComplaintDeadlines;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.complaints.internal.Rows.TaskRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Time's moves: passed deadlines are flagged by a conditional update (true for exactly one node, however many look)
 * and escalated; resolutions nobody answered close. One short transaction per complaint.
 */
@Service
class DeadlineService implements ComplaintDeadlines {

    private final ComplaintStore store;
    private final DeadlineQueries sweep;
    private final ComplaintRepository complaints;
    private final ComplaintsProperties properties;
    private final DeadlineCalendar deadlines;
    private final TransactionTemplate transactions;

    DeadlineService(ComplaintStore store, DeadlineQueries sweep, ComplaintRepository complaints,
                    ComplaintsProperties properties, DeadlineCalendar deadlines, TransactionTemplate transactions) {
        this.store = store;
        this.sweep = sweep;
        this.complaints = complaints;
        this.properties = properties;
        this.deadlines = deadlines;
        this.transactions = transactions;
    }

    @Override
    public int detectOverdue() {
        Instant now = deadlines.now();
        int flagged = 0;
        for (ComplaintRow row : sweep.verificationOverdue(now)) {
            flagged += once(() -> sweep.flagVerification(row.id(), now), () -> {
                Complaint complaint = complaints.of(row);
                complaint.deadlinePassed(Deadline.VERIFICATION, properties.deskAgency(), List.of(properties.deskAgency()),
                        row.verifyDue());
                complaints.save(complaint);
            });
        }
        for (TaskRow task : sweep.followUpOverdue(now)) {
            flagged += once(() -> sweep.flagTask(task.id(), now), () -> {
                Complaint complaint = complaints.of(store.find(task.tenant(), task.complaintId()).orElseThrow());
                complaint.deadlinePassed(Deadline.FOLLOW_UP, task.agencyCode(), List.of(task.agencyCode()), task.followUpDue());
                complaints.save(complaint);
            });
        }
        for (ComplaintRow row : sweep.resolutionOverdue(now)) {
            flagged += once(() -> sweep.flagResolution(row.id(), now), () -> {
                Complaint complaint = complaints.of(row);
                List<String> agencies = complaint.tasks().stream().filter(t -> t.status().isActive())
                        .map(ComplaintTask::agencyCode).toList();
                complaint.deadlinePassed(Deadline.RESOLUTION, null, agencies, Objects.requireNonNull(row.resolveDue()));
                complaints.save(complaint);
            });
        }
        return flagged;
    }

    @Override
    public int autoClose() {
        int closed = 0;
        for (ComplaintRow candidate : sweep.dueToClose(deadlines.now())) {
            Boolean done = transactions.execute(status -> {
                Complaint complaint = complaints.lock(candidate);
                if (!complaint.dueToClose()) {
                    return false; // answered (or closed by another node) since it was listed
                }
                complaint.autoClose();
                complaints.save(complaint);
                return true;
            });
            closed += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return closed;
    }

    private int once(java.util.function.BooleanSupplier flag, Runnable escalate) {
        Boolean done = transactions.execute(status -> {
            if (!flag.getAsBoolean()) {
                return false;
            }
            escalate.run();
            return true;
        });
        return Boolean.TRUE.equals(done) ? 1 : 0;
    }
}
