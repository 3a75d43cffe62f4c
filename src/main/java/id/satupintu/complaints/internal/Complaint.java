package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintAction;
import id.satupintu.complaints.ComplaintClosed;
import id.satupintu.complaints.ComplaintDeadlinePassed;
import id.satupintu.complaints.ComplaintDispatched;
import id.satupintu.complaints.ComplaintDisputed;
import id.satupintu.complaints.ComplaintEventKind;
import id.satupintu.complaints.ComplaintFacts;
import id.satupintu.complaints.ComplaintFiled;
import id.satupintu.complaints.ComplaintHandedOver;
import id.satupintu.complaints.ComplaintMerged;
import id.satupintu.complaints.ComplaintRated;
import id.satupintu.complaints.ComplaintRejected;
import id.satupintu.complaints.ComplaintReopened;
import id.satupintu.complaints.ComplaintResolved;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintStatus.Move;
import id.satupintu.complaints.ComplaintTaskResolved;
import id.satupintu.complaints.ComplaintTaskStarted;
import id.satupintu.complaints.ComplaintVerified;
import id.satupintu.complaints.GeoPoint;
import id.satupintu.complaints.ResolutionTier;
import id.satupintu.complaints.TaskAction;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A complaint with its agency tasks: the aggregate that guards every move against {@link ComplaintStatus}'s and
 * {@link TaskStatus}'s tables and records what happened (timeline lines, audit entries, events, new rows) for
 * {@link ComplaintRepository#save} to write in the caller's transaction. A refused move throws
 * {@link ConflictException} before anything changed.
 */
final class Complaint {

    /** A timeline line to write. */
    record Line(Instant at, ComplaintEventKind kind, @Nullable String agency, @Nullable String message) {
    }

    /** An audit entry to write: officers' moves only ({@link ComplaintEventKind#audited()}). */
    record Audit(String action, String objectType, UUID objectId, Map<String, String> details) {
    }

    /** A photo to store with the complaint (a report photo when filing, a proof photo when a task is resolved). */
    record NewPhoto(UUID id, String kind, PhotoSanitizer.Photo photo) {
    }

    record NewRating(int stars, String comment) {
    }

    private final ComplaintRow filed;
    private final Deadlines deadlines;
    private final Instant now;
    private final List<Task> tasks = new ArrayList<>();

    private ComplaintStatus status;
    private ResolutionTier tier;
    private int supporters;
    private Instant updatedAt;
    private @Nullable Instant verifiedAt;
    private @Nullable Instant dispatchedAt;
    private @Nullable Instant resolveDue;
    private @Nullable Instant resolvedAt;
    private @Nullable Instant autoCloseAt;
    private @Nullable Instant closedAt;
    private @Nullable String statusNote;
    private @Nullable UUID mergedInto;
    private @Nullable Integer rating;

    private boolean changed;
    private final List<Line> lines = new ArrayList<>();
    private final List<Audit> audits = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();
    private final Set<ComplaintEventKind> told = EnumSet.noneOf(ComplaintEventKind.class);
    private final List<NewPhoto> photos = new ArrayList<>();
    private final List<UUID> newSupporters = new ArrayList<>();
    private @Nullable NewRating newRating;

    private Complaint(ComplaintRow row, List<TaskRow> taskRows, Deadlines deadlines) {
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
        taskRows.forEach(t -> tasks.add(new Task(t, false)));
    }

    /** A complaint as stored, ready for its next move. */
    static Complaint of(ComplaintRow row, List<TaskRow> tasks, Deadlines deadlines) {
        return new Complaint(row, tasks, deadlines);
    }

    /** A new complaint (its row not yet written), with its report photos. */
    static Complaint file(ComplaintRow row, Optional<GeoPoint> point, List<PhotoSanitizer.Photo> reportPhotos,
                          Deadlines deadlines) {
        if (row.status() != ComplaintStatus.SUBMITTED) {
            throw new IllegalArgumentException("A complaint is filed as SUBMITTED");
        }
        Complaint complaint = new Complaint(row, List.of(), deadlines);
        reportPhotos.forEach(photo -> complaint.photos.add(new NewPhoto(Ids.newId(), "report", photo)));
        complaint.record(ComplaintEventKind.SUBMITTED, null, null);
        complaint.events.add(new ComplaintFiled(Ids.newId(), row.tenant(), complaint.facts(), row.privacy(), point,
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
        events.add(new ComplaintVerified(Ids.newId(), tenant(), facts(), tier, resolveDue, !now.isAfter(filed.verifyDue()), now));
    }

    void reject(UUID desk, String reason) {
        status = status.after(Move.REJECT);
        touch();
        statusNote = reason;
        closedAt = now;
        record(ComplaintEventKind.REJECTED, null, reason);
        audit(ComplaintEventKind.REJECTED, "complaint", id(), by(desk));
        events.add(new ComplaintRejected(Ids.newId(), tenant(), facts(), reason, !now.isAfter(filed.verifyDue()), now));
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
        events.add(new ComplaintDispatched(Ids.newId(), tenant(), facts(), List.copyOf(agencies), tier, followUpDue,
                resolveDue, repeated, now));
    }

    /** After a dispute: the resolved tasks open again under a new deadline. */
    void reopen(UUID desk, String note) {
        status = status.after(Move.REOPEN);
        touch();
        Instant followUpDue = deadlines.followUpDue(now);
        List<String> agencies = new ArrayList<>();
        for (Task task : tasks) {
            if (task.status == TaskStatus.RESOLVED) {
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
        events.add(new ComplaintReopened(Ids.newId(), tenant(), facts(), agencies, resolveDue, now));
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
        for (Task task : tasks) {
            if (task.status.isActive()) {
                task.move(TaskStatus.Move.CANCEL);
            }
        }
        mergedInto = target.id();
        statusNote = target.trackingCode();
        closedAt = now;
        target.welcome(people);
        record(ComplaintEventKind.MERGED, null, target.trackingCode());
        audit(ComplaintEventKind.MERGED, "complaint", id(), Map.of("by", desk.toString(), "into", target.id().toString()));
        events.add(new ComplaintMerged(Ids.newId(), tenant(), facts(), target.id(), target.trackingCode(), now));
    }

    // ---- the reporter ----

    void confirm() {
        status = status.after(Move.CONFIRM);
        touch();
        closedAt = now;
        record(ComplaintEventKind.CONFIRMED, null, null);
        events.add(new ComplaintClosed(Ids.newId(), tenant(), facts(), resolvedAgencies(), true, now));
    }

    void dispute(String reason) {
        status = status.after(Move.DISPUTE);
        touch();
        statusNote = reason;
        autoCloseAt = null;
        record(ComplaintEventKind.DISPUTED, null, reason);
        events.add(new ComplaintDisputed(Ids.newId(), tenant(), facts(), resolvedAgencies(), now));
    }

    void rate(int stars, String comment) {
        if (!RATEABLE.contains(status)) {
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
        newRating = new NewRating(stars, comment);
        record(ComplaintEventKind.RATED, null, null);
        events.add(new ComplaintRated(Ids.newId(), tenant(), facts(), resolvedAgencies(), stars, now));
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
        newSupporters.addAll(people);
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
        events.add(new ComplaintClosed(Ids.newId(), tenant(), facts(), resolvedAgencies(), false, now));
    }

    /** A deadline passed (the caller flagged it once): a timeline line and one escalation per agency. */
    void deadlinePassed(ComplaintDeadlinePassed.Deadline deadline, @Nullable String lineAgency, List<String> agencies,
                        Instant dueAt) {
        record(ComplaintEventKind.OVERDUE, lineAgency, null);
        for (String agency : agencies) {
            events.add(new ComplaintDeadlinePassed(Ids.newId(), tenant(), facts(), deadline, agency, dueAt, now));
        }
    }

    // ---- what a viewer may do now ----

    private static final Set<ComplaintStatus> RATEABLE = EnumSet.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED);
    private static final Map<Move, ComplaintAction> DESK_MOVES = Map.of(Move.VERIFY, ComplaintAction.VERIFY,
            Move.REJECT, ComplaintAction.REJECT, Move.DISPATCH, ComplaintAction.DISPATCH, Move.REOPEN, ComplaintAction.REOPEN,
            Move.MERGE, ComplaintAction.MERGE);
    private static final Map<Move, ComplaintAction> REPORTER_MOVES = Map.of(Move.CONFIRM, ComplaintAction.CONFIRM,
            Move.DISPUTE, ComplaintAction.DISPUTE);
    private static final Map<TaskStatus.Move, TaskAction> TASK_MOVES = Map.of(TaskStatus.Move.START, TaskAction.START,
            TaskStatus.Move.RESOLVE, TaskAction.RESOLVE, TaskStatus.Move.HAND_OVER, TaskAction.HAND_OVER);

    /** The moves the tables allow now that the viewer's part (the desk, the reporter) may make. */
    static Set<ComplaintAction> actions(ComplaintStatus status, @Nullable Integer rating, boolean desk, boolean reporter) {
        Set<ComplaintAction> actions = EnumSet.noneOf(ComplaintAction.class);
        for (Move move : status.moves()) {
            if (desk && DESK_MOVES.containsKey(move)) {
                actions.add(DESK_MOVES.get(move));
            }
            if (reporter && REPORTER_MOVES.containsKey(move)) {
                actions.add(REPORTER_MOVES.get(move));
            }
        }
        if (reporter && RATEABLE.contains(status) && rating == null) {
            actions.add(ComplaintAction.RATE);
        }
        return actions;
    }

    /** The task's own agency may make the moves the task's table allows (resolving also needs the complaint's). */
    static Set<TaskAction> taskActions(ComplaintStatus complaint, TaskStatus task, boolean ownAgency) {
        Set<TaskAction> actions = EnumSet.noneOf(TaskAction.class);
        if (!ownAgency) {
            return actions;
        }
        for (TaskStatus.Move move : task.moves()) {
            if (TASK_MOVES.containsKey(move) && (move != TaskStatus.Move.RESOLVE || complaint.allows(Move.RESOLVE))) {
                actions.add(TASK_MOVES.get(move));
            }
        }
        return actions;
    }

    // ---- agencies' tasks ----

    Optional<Task> task(UUID taskId) {
        return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    List<Task> tasks() {
        return List.copyOf(tasks);
    }

    /** One agency's part of the complaint; its moves change the complaint too. */
    final class Task {

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

        private Task(TaskRow row, boolean inserted) {
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
            return Complaint.this;
        }

        private void move(TaskStatus.Move move) {
            status = status.after(move);
            taskChanged = true;
        }

        void start(UUID officer) {
            move(TaskStatus.Move.START);
            startedAt = now;
            assigneeId = officer;
            if (Complaint.this.status.allows(Move.START)) {
                Complaint.this.status = Complaint.this.status.after(Move.START);
            }
            touch();
            record(ComplaintEventKind.STARTED, agencyCode, null);
            audit(ComplaintEventKind.STARTED, "complaint-task", id, by(officer));
            events.add(new ComplaintTaskStarted(Ids.newId(), tenant(), facts(), id, agencyCode, followUpDue,
                    !now.isAfter(followUpDue), now));
        }

        /** Done, with a proof photo; the last active task resolves the complaint. */
        void resolve(UUID officer, String note, PhotoSanitizer.Photo proof) {
            TaskStatus next = status.after(TaskStatus.Move.RESOLVE);
            ComplaintStatus whole = Complaint.this.status;
            whole.after(Move.RESOLVE); // only a complaint with the agencies can be resolved
            UUID photoId = Ids.newId();
            photos.add(new NewPhoto(photoId, "proof", proof));
            status = next;
            taskChanged = true;
            startedAt = startedAt == null ? now : startedAt;
            resolvedAt = now;
            resolutionNote = note;
            proofPhotoId = photoId;
            assigneeId = officer;
            touch();
            boolean onTime = Complaint.this.resolveDue == null || !now.isAfter(Complaint.this.resolveDue);
            record(ComplaintEventKind.TASK_RESOLVED, agencyCode, note);
            audit(ComplaintEventKind.TASK_RESOLVED, "complaint-task", id, by(officer));
            events.add(new ComplaintTaskResolved(Ids.newId(), tenant(), facts(), id, agencyCode, openedAt,
                    Optional.ofNullable(Complaint.this.resolveDue), onTime, now));
            if (tasks.stream().noneMatch(t -> t.status.isActive())) {
                Complaint.this.status = whole.after(Move.RESOLVE);
                Complaint.this.resolvedAt = now;
                Complaint.this.autoCloseAt = deadlines.autoCloseAt(now);
                Complaint.this.statusNote = note;
                record(ComplaintEventKind.RESOLVED, null, null);
                events.add(new ComplaintResolved(Ids.newId(), tenant(), facts(), resolvedAgencies(),
                        Optional.ofNullable(Complaint.this.resolveDue), onTime, Complaint.this.autoCloseAt, now));
            } else if (whole.allows(Move.START)) {
                Complaint.this.status = whole.after(Move.START);
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
            Instant due = deadlines.followUpDue(now);
            tasks.add(newTask(toAgency, due));
            touch();
            record(ComplaintEventKind.HANDED_OVER, toAgency, reason);
            audit(ComplaintEventKind.HANDED_OVER, "complaint-task", id, Map.of("by", officer.toString(), "to", toAgency));
            events.add(new ComplaintHandedOver(Ids.newId(), tenant(), facts(), agencyCode, toAgency, due, now));
        }

        private void reopen(Instant due) {
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
            return new TaskRow(id, tenant(), Complaint.this.id(), position, agencyCode, status, openedAt, followUpDue,
                    startedAt, resolvedAt, resolutionNote, proofPhotoId, assigneeId, flaggedAt);
        }

        boolean inserted() {
            return inserted;
        }

        boolean changed() {
            return taskChanged && !inserted;
        }
    }

    private Task newTask(String agency, Instant followUpDue) {
        int position = tasks.stream().mapToInt(t -> t.position).max().orElse(0) + 1;
        return new Task(new TaskRow(Ids.newId(), tenant(), id(), position, agency, TaskStatus.OPEN, now, followUpDue,
                null, null, null, null, null, null), true);
    }

    // ---- recording ----

    private void touch() {
        changed = true;
        updatedAt = now;
    }

    private void record(ComplaintEventKind kind, @Nullable String agency, @Nullable String message) {
        lines.add(new Line(now, kind, agency, message));
        if (kind.notifies() && told.add(kind)) {
            events.add(new ComplaintChanged(Ids.newId(), tenant(), id(), kind));
        }
    }

    private void audit(ComplaintEventKind kind, String objectType, UUID objectId, Map<String, String> details) {
        audits.add(new Audit(kind.auditAction(), objectType, objectId, details));
    }

    private static Map<String, String> by(UUID actor) {
        return Map.of("by", actor.toString());
    }

    private List<String> resolvedAgencies() {
        return tasks.stream().filter(t -> t.status == TaskStatus.RESOLVED).map(Task::agencyCode).distinct().toList();
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
        return tasks.stream().map(Task::row).toList();
    }

    boolean changed() {
        return changed;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    List<Audit> audits() {
        return List.copyOf(audits);
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    List<NewPhoto> photos() {
        return List.copyOf(photos);
    }

    List<UUID> newSupporters() {
        return List.copyOf(newSupporters);
    }

    Optional<NewRating> newRating() {
        return Optional.ofNullable(newRating);
    }

    /** After a save: what was recorded is written, the next move records afresh. */
    void saved() {
        changed = false;
        lines.clear();
        audits.clear();
        events.clear();
        told.clear();
        photos.clear();
        newSupporters.clear();
        newRating = null;
        tasks.replaceAll(t -> {
            Task fresh = new Task(t.row(), false);
            return fresh;
        });
    }
}
