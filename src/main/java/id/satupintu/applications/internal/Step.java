package id.satupintu.applications.internal;

import id.satupintu.applications.ApplicationEventKind;
import id.satupintu.applications.StepAction;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.internal.Rows.StepRow;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.Role;
import id.satupintu.shared.time.SlaClock;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.UUID;

/**
 * One workflow step of an {@link Application}, routed to one agency. Each move is checked against {@link StepMove}
 * and by who may make it; what happened is recorded on the application, which moves the workflow on.
 */
final class Step {

    private final Part part;
    private StepRow row;
    private final boolean isNew;
    private boolean changed;

    Step(Part part, StepRow row, boolean isNew) {
        this.part = part;
        this.row = row;
        this.isNew = isNew;
    }

    // ---- moves ----

    /** An officer takes the step; claiming a step one already holds changes nothing (a double click). */
    boolean claim(Officer officer) {
        mayDecide(officer);
        if (holds(officer)) {
            return false;
        }
        move(StepMove.CLAIM, officer.id());
        application().audit(ApplicationEventKind.STEP_CLAIMED, this, Map.of());
        return true;
    }

    void release(Officer officer) {
        requireHolder(officer);
        move(StepMove.RELEASE, null);
        application().audit(ApplicationEventKind.STEP_RELEASED, this, Map.of());
    }

    void approve(Officer officer, Instant now) {
        requireHolder(officer);
        move(StepMove.APPROVE, row.assigneeId());
        finish(now, null);
        application().decided(this, officer, now);
    }

    void reject(Officer officer, String reason, Instant now) {
        requireHolder(officer);
        move(StepMove.REJECT, row.assigneeId());
        finish(now, reason);
        application().decided(this, officer, now);
    }

    /** Asks the citizen for a correction; the step's clock pauses (and the application's, through it). */
    void requestCorrection(Officer officer, String message, Instant now) {
        requireHolder(officer);
        move(StepMove.REQUEST_CORRECTION, row.assigneeId());
        SlaClock paused = clock().pause(now);
        row = row.withClock(message, now, paused.pausedWorkingDays(), paused.due());
        application().correctionRequested(this, officer, message, now);
    }

    /** Hands the step to another agency's inbox, open: by an officer holding it, or anyone of its agency while open. */
    void handOver(Officer officer, String targetAgency, String reason, Instant now) {
        mayHandOver(officer);
        String from = row.agencyCode();
        move(StepMove.HAND_OVER, null);
        row = row.routedTo(targetAgency);
        application().handedOver(this, officer, from, reason, now);
    }

    /** Refuses (409) unless the step is open, or claimed by this officer. */
    void mayHandOver(Officer officer) {
        if (row.status() == StepStatus.CLAIMED && !holds(officer)) {
            throw new ConflictException("application.step.notHeld", "Only an open step or one you claimed can be handed over");
        }
        StepMove.HAND_OVER.from(row.status());
    }

    // ---- moves the workflow makes ----

    void open(Instant now) {
        move(StepMove.OPEN_STAGE, null);
        Instant due = SlaClock.start(application().calendar(), now, row.slaDays()).due();
        row = row.opened(now, due);
        if (row.automatic()) {
            move(StepMove.PASS_AUTOMATICALLY, null);
            finish(now, null);
            application().decided(this, null, now);
        } else {
            application().stepOpened(this, now);
        }
    }

    void answerCorrection(Instant now) {
        move(StepMove.ANSWER_CORRECTION, row.assigneeId());
        SlaClock resumed = clock().resume(now);
        row = row.withClock(null, null, resumed.pausedWorkingDays(), resumed.due());
    }

    void cancel(Instant now) {
        move(StepMove.CANCEL, row.assigneeId());
        finish(now, null);
    }

    // ---- rules ----

    private void mayDecide(Officer officer) {
        if (row.automatic()) {
            throw new ConflictException("application.step.automatic", "Automatic steps need no officer");
        }
        if (row.role() == Role.AGENCY_HEAD && !officer.head()) {
            throw new ConflictException("application.step.headOnly", "Only the agency head decides this step");
        }
    }

    private void requireHolder(Officer officer) {
        mayDecide(officer);
        if (row.status() == StepStatus.CLAIMED && !holds(officer)) {
            throw new ConflictException("application.step.notHeld", "Claim the step first (it is " + row.status() + ")");
        }
    }

    /** Whether the officer has claimed this step. */
    boolean holds(Officer officer) {
        return row.status() == StepStatus.CLAIMED && officer.id().equals(row.assigneeId());
    }

    /**
     * The moves an officer of the step's agency may make now: exactly those that would succeed (a property test
     * holds this to the moves above).
     */
    static Set<StepAction> actions(StepRow row, Officer officer) {
        Set<StepAction> actions = EnumSet.noneOf(StepAction.class);
        boolean mayDecide = !row.automatic() && (row.role() != Role.AGENCY_HEAD || officer.head());
        boolean holds = row.status() == StepStatus.CLAIMED && officer.id().equals(row.assigneeId());
        if (mayDecide && StepMove.CLAIM.allowedFrom(row.status())) {
            actions.add(StepAction.CLAIM);
        }
        if (mayDecide && holds) {
            for (StepAction decision : EnumSet.of(StepAction.RELEASE, StepAction.APPROVE, StepAction.REJECT, StepAction.REQUEST_CORRECTION)) {
                if (StepMove.valueOf(decision.name()).allowedFrom(row.status())) {
                    actions.add(decision);
                }
            }
        }
        if (StepMove.HAND_OVER.allowedFrom(row.status()) && (row.status() != StepStatus.CLAIMED || holds)) {
            actions.add(StepAction.HAND_OVER);
        }
        return actions;
    }

    private void move(StepMove move, @Nullable UUID assignee) {
        row = row.moved(move.from(row.status()), assignee);
        changed = true;
    }

    private void finish(Instant now, @Nullable String reason) {
        row = row.finished(reason, now);
    }

    private SlaClock clock() {
        return row.clock(application().calendar());
    }

    /** Late: breached, or finished (or still open) after its deadline. */
    boolean lateAt(Instant at) {
        return row.breachedAt() != null || (row.dueAt() != null && at.isAfter(row.dueAt()));
    }

    // ---- state ----

    Application application() {
        return part.application();
    }

    Part part() {
        return part;
    }

    StepRow row() {
        return row;
    }

    UUID id() {
        return row.id();
    }

    StepStatus status() {
        return row.status();
    }

    int stage() {
        return row.stage();
    }

    String agencyCode() {
        return row.agencyCode();
    }

    boolean automatic() {
        return row.automatic();
    }

    Instant openedAt() {
        return Objects.requireNonNullElse(row.openedAt(), row.slaStart() == null ? Instant.EPOCH : row.slaStart());
    }

    boolean isNew() {
        return isNew;
    }

    boolean changed() {
        return changed || isNew;
    }

    void markChanged() {
        changed = true;
    }
}
