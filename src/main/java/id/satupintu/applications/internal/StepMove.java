package id.satupintu.applications.internal;

import id.satupintu.applications.StepStatus;
import id.satupintu.shared.ConflictException;

import java.util.EnumSet;
import java.util.Set;

import static id.satupintu.applications.StepStatus.APPROVED;
import static id.satupintu.applications.StepStatus.CANCELLED;
import static id.satupintu.applications.StepStatus.CLAIMED;
import static id.satupintu.applications.StepStatus.CORRECTION;
import static id.satupintu.applications.StepStatus.OPEN;
import static id.satupintu.applications.StepStatus.REJECTED;
import static id.satupintu.applications.StepStatus.WAITING;

/**
 * The transition table of {@link StepStatus}: every move a step can make, the states it may start from and the
 * state it ends in. {@link Step} makes each of its moves through {@link #from}; nothing else changes a step's state.
 */
enum StepMove {
    /** The workflow reaches the step's stage: it lands in its agency's inbox. */
    OPEN_STAGE(OPEN, "application.step.notWaiting", WAITING),
    /** An officer takes an open step. */
    CLAIM(CLAIMED, "application.step.taken", OPEN),
    /** The officer gives a claimed step back to the inbox. */
    RELEASE(OPEN, "application.step.notHeld", CLAIMED),
    APPROVE(APPROVED, "application.step.notHeld", CLAIMED),
    /** An automatic step passes as soon as it opens. */
    PASS_AUTOMATICALLY(APPROVED, "application.step.notOpen", OPEN),
    REJECT(REJECTED, "application.step.notHeld", CLAIMED),
    REQUEST_CORRECTION(CORRECTION, "application.step.notHeld", CLAIMED),
    /** The citizen answered: the step goes back to the officer who asked. */
    ANSWER_CORRECTION(CLAIMED, "application.correction.notAsked", CORRECTION),
    /** To another agency's inbox, open. */
    HAND_OVER(OPEN, "application.step.notHeld", OPEN, CLAIMED),
    /** Another step of the same part was rejected: this one is not needed any more. */
    CANCEL(CANCELLED, "application.step.finished", WAITING, OPEN, CLAIMED, CORRECTION);

    private final StepStatus to;
    private final String refusal;
    private final Set<StepStatus> from;

    StepMove(StepStatus to, String refusal, StepStatus first, StepStatus... more) {
        this.to = to;
        this.refusal = refusal;
        this.from = EnumSet.of(first, more);
    }

    boolean allowedFrom(StepStatus current) {
        return from.contains(current);
    }

    StepStatus to() {
        return to;
    }

    /** The state after this move from {@code current}; a move the table does not allow is a conflict (409). */
    StepStatus from(StepStatus current) {
        if (!allowedFrom(current)) {
            throw new ConflictException(refusal, "A step that is " + current + " cannot " + this);
        }
        return to;
    }
}
