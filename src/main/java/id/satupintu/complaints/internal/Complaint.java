package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintClosed;
import id.satupintu.complaints.ComplaintDeadlinePassed;
import id.satupintu.complaints.ComplaintDispatched;
import id.satupintu.complaints.ComplaintDisputed;
import id.satupintu.complaints.ComplaintEventKind;
import id.satupintu.complaints.ComplaintFacts;
import id.satupintu.complaints.ComplaintFiled;
import id.satupintu.complaints.ComplaintMerged;
import id.satupintu.complaints.ComplaintRated;
import id.satupintu.complaints.ComplaintRejected;
import id.satupintu.complaints.ComplaintReopened;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintStatus.Move;
import id.satupintu.complaints.ComplaintVerified;
import id.satupintu.complaints.GeoPoint;
import id.satupintu.complaints.ResolutionTier;
import id.satupintu.complaints.TaskStatus;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.complaints.internal.Rows.TaskRow;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.Ids;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A complaint with its agency tasks: the aggregate that guards every move against {@link ComplaintStatus}'s and
 * {@link TaskStatus}'s tables and records what happened (timeline lines, audit entries, events, new rows) for
 * {@link ComplaintRepository#save} to write in the caller's transaction. A refused move throws
 * {@link ConflictException} before anything changed.
 */
final class Complaint {

    private final ComplaintRow filed;
    final DeadlineCalendar deadlines;
    final Instant now;
    final List<ComplaintTask> tasks = new ArrayList<>();

    ComplaintStatus status;
    private ResolutionTier tier;
    private int supporters;
    private Instant updatedAt;
    private @Nullable Instant verifiedAt;
    private @Nullable Instant dispatchedAt;
    @Nullable Instant resolveDue;
    @Nullable Instant resolvedAt;
    @Nullable Instant autoCloseAt;
    private @Nullable Instant closedAt;
    @Nullable String statusNote;
    private @Nullable UUID mergedInto;
    private @Nullable Integer rating;

    private boolean changed;
    final Recorded recorded = new Recorded();

    private Complaint(ComplaintRow row, List<TaskRow> taskRows, DeadlineCalendar deadlines) {
        this.filed = row;
        this.deadlines = deadlines;
        this.now = deadlines.now();
        this.status = row.status();
        this.tier = row.tier();
        this.supporters = row.supporters();
        this.updatedAt = row.updatedAt();
        this.verifiedAt = row.verifiedAt();
        this.dispatchedAt = row.dispatchedAt();
        this.resolveDue = row.resolveDue();
        this.resolvedAt = row.resolvedAt();
        this.autoCloseAt = row.autoCloseAt();
        this.closedAt = row.closedAt();
        this.statusNote = row.statusNote();
        this.mergedInto = row.mergedInto();
        this.rating = row.rating();
        taskRows.forEach(t -> tasks.add(new ComplaintTask(this, t, false)));
    }

    /** A complaint as stored, ready for its next move. */
    static Complaint of(ComplaintRow row, List<TaskRow> tasks, DeadlineCalendar deadlines) {
        return new Complaint(row, tasks, deadlines);
    }

    /** A new complaint (its row not yet written), with its report photos. */
    static Complaint file(ComplaintRow row, Optional<GeoPoint> point, List<PhotoSanitizer.Photo> reportPhotos,
                          DeadlineCalendar deadlines) {
        if (row.status() != ComplaintStatus.SUBMITTED) {
            throw new IllegalArgumentException("A complaint is filed as SUBMITTED");
        }
        Complaint complaint = new Complaint(row, List.of(), deadlines);
        reportPhotos.forEach(photo -> complaint.recorded.photo(new Recorded.NewPhoto(Ids.newId(), "report", photo)));
        complaint.record(ComplaintEventKind.SUBMITTED, null, null);
        complaint.recorded.event(new ComplaintFiled(Ids.newId(), row.tenant(), complaint.facts(), row.privacy(), point,
                row.verifyDue(), row.submittedAt()));
        return complaint;
    }

    // ---- the complaint desk ----

    void verify(UUID desk) {
        status = status.after(Move.VERIFY);
        touch();
        verifiedAt = now;
        resolveDue = deadlines.resolveDue(now, tier);
        record(ComplaintEventKind.VERIFIED, null, null);
        audit(ComplaintEventKind.VERIFIED, "complaint", id(), by(desk));
        recorded.event(new ComplaintVerified(Ids.newId(), tenant(), facts(), tier, resolveDue, !now.isAfter(filed.verifyDue()), now));
    }

    void reject(UUID desk, String reason) {
        status = status.after(Move.REJECT);
        touch();
        statusNote = reason;
        closedAt = now;
        record(ComplaintEventKind.REJECTED, null, reason);
        audit(ComplaintEventKind.REJECTED, "complaint", id(), by(desk));
        recorded.event(new ComplaintRejected(Ids.newId(), tenant(), facts(), reason, !now.isAfter(filed.verifyDue()), now));
    }

    /** Parallel tasks for the agencies under one deadline; from a dispute the deadline runs again from now. */
    void dispatch(UUID desk, Collection<String> agencies, Optional<ResolutionTier> chosenTier) {
        boolean repeated = status == ComplaintStatus.CLOSED_NOT_FIXED;
        ComplaintStatus next = status.after(Move.DISPATCH);
        if (agencies.isEmpty()) {
            throw new InvalidInputException("agencies", "complaint.dispatch.none", "Choose at least one agency or office");
        }
        Instant from = verifiedAt == null || repeated ? now : verifiedAt;
        Instant followUpDue = deadlines.followUpDue(now);
        for (String agency : agencies) {
            tasks.add(newTask(agency, followUpDue));
            record(ComplaintEventKind.DISPATCHED, agency, null);
        }
        status = next;
        touch();
        tier = chosenTier.orElse(tier);
        dispatchedAt = now;
        resolveDue = deadlines.resolveDue(from, tier);
        resolvedAt = null;
        autoCloseAt = null;
        statusNote = null;
        audit(ComplaintEventKind.DISPATCHED, "complaint", id(), Map.of("by", desk.toString(),
                "agencies", String.join(",", agencies), "tier", tier.name()));
        recorded.event(new ComplaintDispatched(Ids.newId(), tenant(), facts(), List.copyOf(agencies), tier, followUpDue,
                resolveDue, repeated, now));
    }

    /** After a dispute: the resolved tasks open again under a new deadline. */
    void reopen(UUID desk, String note) {
        status = status.after(Move.REOPEN);
        touch();
        Instant followUpDue = deadlines.followUpDue(now);
        List<String> agencies = new ArrayList<>();
        for (ComplaintTask task : tasks) {
            if (task.status() == TaskStatus.RESOLVED) {
                task.reopen(followUpDue);
                agencies.add(task.agencyCode());
            }
        }
        dispatchedAt = now;
        resolveDue = deadlines.resolveDue(now, tier);
        resolvedAt = null;
        autoCloseAt = null;
        statusNote = null;
        record(ComplaintEventKind.REOPENED, null, note);
        audit(ComplaintEventKind.REOPENED, "complaint", id(), by(desk));
        recorded.event(new ComplaintReopened(Ids.newId(), tenant(), facts(), agencies, resolveDue, now));
    }

    /**
     * This duplicate joins {@code target}: {@code people} (its reporter and supporters not yet behind the target)
     * support the target from now on, and its active tasks are cancelled.
     */
    void mergeInto(UUID desk, Complaint target, List<UUID> people) {
        ComplaintStatus next = status.after(Move.MERGE);
        if (target.id().equals(id()) || !target.status.isOpen()) {
            throw new InvalidInputException("into", "complaint.merge.target", "Give the tracking code of another open complaint");
        }
        status = next;
        touch();
        for (ComplaintTask task : tasks) {
            if (task.status().isActive()) {
                task.move(TaskStatus.Move.CANCEL);
            }
        }
        mergedInto = target.id();
        statusNote = target.trackingCode();
        closedAt = now;
        target.welcome(people);
        record(ComplaintEventKind.MERGED, null, target.trackingCode());
        audit(ComplaintEventKind.MERGED, "complaint", id(), Map.of("by", desk.toString(), "into", target.id().toString()));
        recorded.event(new ComplaintMerged(Ids.newId(), tenant(), facts(), target.id(), target.trackingCode(), now));
    }

    // ---- the reporter ----

    void confirm() {
        status = status.after(Move.CONFIRM);
        touch();
        closedAt = now;
        record(ComplaintEventKind.CONFIRMED, null, null);
        recorded.event(new ComplaintClosed(Ids.newId(), tenant(), facts(), resolvedAgencies(), true, now));
    }

    void dispute(String reason) {
        status = status.after(Move.DISPUTE);
        touch();
        statusNote = reason;
        autoCloseAt = null;
        record(ComplaintEventKind.DISPUTED, null, reason);
        recorded.event(new ComplaintDisputed(Ids.newId(), tenant(), facts(), resolvedAgencies(), now));
    }

    void rate(int stars, String comment) {
        if (!ComplaintActions.RATEABLE.contains(status)) {
            throw new ConflictException("complaint.rate.notResolved", "Only a resolved complaint can be rated");
        }
        if (rating != null) {
            throw new ConflictException("complaint.rate.twice", "This complaint was rated already");
        }
        if (stars < 1 || stars > 5) {
            throw new InvalidInputException("stars", "complaint.rate.stars", "Give 1 to 5 stars");
        }
        if (comment.length() > 1000) {
            throw new InvalidInputException("comment", "complaint.rate.comment", "A comment has at most 1000 characters");
        }
        rating = stars;
        recorded.rating(new Recorded.NewRating(stars, comment));
        record(ComplaintEventKind.RATED, null, null);
        recorded.event(new ComplaintRated(Ids.newId(), tenant(), facts(), resolvedAgencies(), stars, now));
    }

    /** "Saya juga": another citizen supports this open complaint (the caller knows they did not yet). */
    void join(UUID supporter) {
        if (supporter.equals(filed.reporterId())) {
            throw new ConflictException("complaint.join.own", "This is your own complaint");
        }
        if (!status.isOpen()) {
            throw new ConflictException("complaint.join.closed", "This complaint is no longer open");
        }
        welcome(List.of(supporter));
    }

    private void welcome(List<UUID> people) {
        touch();
        supporters += people.size();
        recorded.supporters(people);
        record(ComplaintEventKind.JOINED, null, null);
    }

    // ---- deadlines ----

    boolean dueToClose() {
        return status == ComplaintStatus.RESOLVED && autoCloseAt != null && autoCloseAt.isBefore(now);
    }

    /** The reporter did not answer the resolution in time. */
    void autoClose() {
        status = status.after(Move.AUTO_CLOSE);
        touch();
        closedAt = now;
        record(ComplaintEventKind.AUTO_CLOSED, null, null);
        recorded.event(new ComplaintClosed(Ids.newId(), tenant(), facts(), resolvedAgencies(), false, now));
    }

    /** A deadline passed (the caller flagged it once): a timeline line and one escalation per agency. */
    void deadlinePassed(ComplaintDeadlinePassed.Deadline deadline, @Nullable String lineAgency, List<String> agencies,
                        Instant dueAt) {
        record(ComplaintEventKind.OVERDUE, lineAgency, null);
        for (String agency : agencies) {
            recorded.event(new ComplaintDeadlinePassed(Ids.newId(), tenant(), facts(), deadline, agency, dueAt, now));
        }
    }

    // ---- agencies' tasks ----

    Optional<ComplaintTask> task(UUID taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    List<ComplaintTask> tasks() {
        return List.copyOf(tasks);
    }

    ComplaintTask newTask(String agency, Instant followUpDue) {
        int position = tasks.stream().mapToInt(t -> t.position()).max().orElse(0) + 1;
        return new ComplaintTask(this, new TaskRow(Ids.newId(), tenant(), id(), position, agency, TaskStatus.OPEN, now, followUpDue,
                null, null, null, null, null, null), true);
    }

    // ---- recording ----

    void touch() {
        changed = true;
        updatedAt = now;
    }

    void record(ComplaintEventKind kind, @Nullable String agency, @Nullable String message) {
        recorded.line(new Recorded.Line(now, kind, agency, message), new ComplaintChanged(Ids.newId(), tenant(), id(), kind));
    }

    void audit(ComplaintEventKind kind, String objectType, UUID objectId, Map<String, String> details) {
        recorded.audit(new Recorded.Audit(kind.auditAction(), objectType, objectId, details));
    }

    static Map<String, String> by(UUID actor) {
        return Map.of("by", actor.toString());
    }

    List<String> resolvedAgencies() {
        return tasks.stream().filter(t -> t.status() == TaskStatus.RESOLVED).map(ComplaintTask::agencyCode).distinct().toList();
    }

    ComplaintFacts facts() {
        return new ComplaintFacts(filed.id(), filed.trackingCode(), filed.categoryCode(),
                Optional.ofNullable(filed.kecamatanCode()), Optional.ofNullable(filed.kelurahanCode()), filed.channel(),
                filed.submittedAt());
    }

    // ---- reading ----

    UUID id() {
        return filed.id();
    }

    TenantId tenant() {
        return filed.tenant();
    }

    String trackingCode() {
        return filed.trackingCode();
    }

    ComplaintStatus status() {
        return status;
    }

    @Nullable UUID reporterId() {
        return filed.reporterId();
    }

    Instant now() {
        return now;
    }

    ComplaintRow row() {
        ComplaintRow r = filed;
        return new ComplaintRow(r.id(), r.tenant(), r.trackingCode(), r.categoryCode(), r.description(), r.lat(), r.lon(),
                r.address(), r.kecamatanCode(), r.kelurahanCode(), r.privacy(), status, r.channel(), r.reporterId(),
                r.reporterEmail(), r.reporterPhone(), r.reporterName(), r.language(), tier, supporters, r.submittedAt(),
                updatedAt, r.verifyDue(), verifiedAt, dispatchedAt, resolveDue, resolvedAt, autoCloseAt, closedAt,
                statusNote, mergedInto, rating, r.verifyFlaggedAt(), r.resolveFlaggedAt());
    }

    List<TaskRow> taskRows() {
        return tasks.stream().map(ComplaintTask::row).toList();
    }

    boolean changed() {
        return changed;
    }

    /** What the moves since the last save recorded, for the repository to write. */
    Recorded recorded() {
        return recorded;
    }

    /** After a save: what was recorded is written, the next move records afresh. */
    void saved() {
        changed = false;
        recorded.clear();
        tasks.replaceAll(t -> {
            ComplaintTask fresh = new ComplaintTask(this, t.row(), false);
            return fresh;
        });
    }
}
