package id.satupintu.complaints;

import id.satupintu.shared.ConflictException;
import id.satupintu.shared.TransitionTable;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a complaint stands. The allowed moves are listed here, once, as (state, move) → next state; the complaint
 * aggregate asks this table before every change and refuses every other move with the same conflict.
 * {@link #CLOSED_NOT_FIXED} is the reporter's dispute of a resolution ("closed, not fixed"): it stays visible as its
 * own state until the desk reopens the complaint.
 */
public enum ComplaintStatus {
    SUBMITTED, VERIFIED, REJECTED, DISPATCHED, IN_PROGRESS, RESOLVED, CLOSED, CLOSED_NOT_FIXED, MERGED;

    /** What somebody does to a complaint; each is allowed only from the states the table lists. */
    public enum Move {
        VERIFY, REJECT, DISPATCH, START, RESOLVE, CONFIRM, DISPUTE, AUTO_CLOSE, REOPEN, MERGE
    }

    private static final TransitionTable<ComplaintStatus, Move> TABLE = TransitionTable.of(ComplaintStatus.class, Move.class)
            .allow(SUBMITTED, Move.VERIFY, VERIFIED)
            .allow(SUBMITTED, Move.REJECT, REJECTED)
            .allow(SUBMITTED, Move.MERGE, MERGED)
            .allow(VERIFIED, Move.DISPATCH, DISPATCHED)
            .allow(VERIFIED, Move.MERGE, MERGED)
            .allow(DISPATCHED, Move.START, IN_PROGRESS)
            .allow(DISPATCHED, Move.RESOLVE, RESOLVED)
            .allow(DISPATCHED, Move.MERGE, MERGED)
            .allow(IN_PROGRESS, Move.RESOLVE, RESOLVED)
            .allow(RESOLVED, Move.CONFIRM, CLOSED)
            .allow(RESOLVED, Move.AUTO_CLOSE, CLOSED)
            .allow(RESOLVED, Move.DISPUTE, CLOSED_NOT_FIXED)
            .allow(CLOSED_NOT_FIXED, Move.REOPEN, DISPATCHED)
            .allow(CLOSED_NOT_FIXED, Move.DISPATCH, DISPATCHED);

    /** The state {@code move} leads to from here; a {@link ConflictException} when the table does not allow it. */
    public ComplaintStatus after(Move move) {
        return TABLE.after(this, move).orElseThrow(() -> new ConflictException("complaint.status.move",
                "A " + this + " complaint cannot " + move, name(), move.name()));
    }

    public boolean allows(Move move) {
        return TABLE.allows(this, move);
    }

    /** The moves allowed from here. */
    public Set<Move> moves() {
        return TABLE.moves(this);
    }

    public boolean canMoveTo(ComplaintStatus next) {
        return TABLE.next(this).contains(next);
    }

    public Set<ComplaintStatus> next() {
        return TABLE.next(this);
    }

    /** Open in Open311's sense: somebody in government still has to act. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Finished for good: nothing can change it any more. */
    public boolean isFinal() {
        return TABLE.isFinal(this);
    }

    private static final Set<ComplaintStatus> OPEN = Collections.unmodifiableSet(
            EnumSet.of(SUBMITTED, VERIFIED, DISPATCHED, IN_PROGRESS, CLOSED_NOT_FIXED));

    /** The open states ({@link #isOpen()}), as the set queries bind as a parameter. */
    public static Set<ComplaintStatus> open() {
        return OPEN;
    }

    /** Waiting for an agency to finish its work: a passed resolution deadline is escalated. */
    public static Set<ComplaintStatus> withAgencies() {
        return Collections.unmodifiableSet(EnumSet.of(DISPATCHED, IN_PROGRESS));
    }

    /** Waiting for the complaint desk: verification, dispatch or reopening. */
    public static Set<ComplaintStatus> atDesk() {
        return Collections.unmodifiableSet(EnumSet.of(SUBMITTED, VERIFIED, CLOSED_NOT_FIXED));
    }

    /** States whose resolution deadline runs (a passed one makes the complaint overdue). */
    public static Set<ComplaintStatus> resolutionRunning() {
        return Collections.unmodifiableSet(EnumSet.of(VERIFIED, DISPATCHED, IN_PROGRESS, CLOSED_NOT_FIXED));
    }

    /** The public sees the desk's or agency's closing words in these states. */
    public boolean showsStatusNote() {
        return this == REJECTED || this == RESOLVED || this == CLOSED || this == MERGED;
    }
}
