package id.satupintu.complaints;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a complaint stands. The allowed moves are listed here, once; the service refuses every other move.
 * {@link #CLOSED_NOT_FIXED} is the reporter's dispute of a resolution ("closed, not fixed"): it stays visible as its
 * own state until the desk reopens the complaint.
 */
public enum ComplaintStatus {
    SUBMITTED, VERIFIED, REJECTED, DISPATCHED, IN_PROGRESS, RESOLVED, CLOSED, CLOSED_NOT_FIXED, MERGED;

    private static final Map<ComplaintStatus, Set<ComplaintStatus>> MOVES = Map.of(
            SUBMITTED, EnumSet.of(VERIFIED, REJECTED, MERGED),
            VERIFIED, EnumSet.of(DISPATCHED, MERGED),
            DISPATCHED, EnumSet.of(IN_PROGRESS, RESOLVED, MERGED),
            IN_PROGRESS, EnumSet.of(RESOLVED),
            RESOLVED, EnumSet.of(CLOSED, CLOSED_NOT_FIXED),
            CLOSED_NOT_FIXED, EnumSet.of(DISPATCHED),
            REJECTED, EnumSet.noneOf(ComplaintStatus.class),
            CLOSED, EnumSet.noneOf(ComplaintStatus.class),
            MERGED, EnumSet.noneOf(ComplaintStatus.class));

    public boolean canMoveTo(ComplaintStatus next) {
        return MOVES.get(this).contains(next);
    }

    public Set<ComplaintStatus> next() {
        Set<ComplaintStatus> next = MOVES.get(this);
        return next.isEmpty() ? Set.of() : EnumSet.copyOf(next);
    }

    /** Open in Open311's sense: somebody in government still has to act. */
    public boolean isOpen() {
        return this != REJECTED && this != CLOSED && this != MERGED && this != RESOLVED;
    }

    /** Finished for good: nothing can change it any more. */
    public boolean isFinal() {
        return MOVES.get(this).isEmpty();
    }
}
