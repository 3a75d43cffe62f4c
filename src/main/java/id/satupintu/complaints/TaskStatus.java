package id.satupintu.complaints;

import id.satupintu.shared.ConflictException;
import id.satupintu.shared.TransitionTable;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** One agency's part of a complaint, with its allowed moves listed once as (state, move) → next state. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, RESOLVED, HANDED_OVER, CANCELLED;

    /** What an agency (or the desk, for the whole complaint) does to a task; the refusal names what went wrong. */
    public enum Move {
        START("complaint.task.notOpen"), RESOLVE("complaint.task.notActive"), HAND_OVER("complaint.task.notActive"),
        CANCEL("complaint.task.notActive"), REOPEN("complaint.task.notResolved");

        private final String refusal;

        Move(String refusal) {
            this.refusal = refusal;
        }

        public String refusal() {
            return refusal;
        }
    }

    private static final TransitionTable<TaskStatus, Move> TABLE = TransitionTable.of(TaskStatus.class, Move.class)
            .allow(OPEN, Move.START, IN_PROGRESS)
            .allow(OPEN, Move.RESOLVE, RESOLVED)
            .allow(OPEN, Move.HAND_OVER, HANDED_OVER)
            .allow(OPEN, Move.CANCEL, CANCELLED)
            .allow(IN_PROGRESS, Move.RESOLVE, RESOLVED)
            .allow(IN_PROGRESS, Move.HAND_OVER, HANDED_OVER)
            .allow(IN_PROGRESS, Move.CANCEL, CANCELLED)
            .allow(RESOLVED, Move.REOPEN, OPEN);

    /** The state {@code move} leads to; a {@link ConflictException} when the table does not allow it. */
    public TaskStatus after(Move move) {
        return TABLE.after(this, move).orElseThrow(() -> new ConflictException(move.refusal(), "This task is " + this,
                name(), move.name()));
    }

    public boolean allows(Move move) {
        return TABLE.allows(this, move);
    }

    public Set<Move> moves() {
        return TABLE.moves(this);
    }

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    private static final Set<TaskStatus> ACTIVE = Collections.unmodifiableSet(EnumSet.of(OPEN, IN_PROGRESS));

    /** Tasks still to be done, as the set queries bind as a parameter. */
    public static Set<TaskStatus> active() {
        return ACTIVE;
    }

    /** Tasks that count for a complaint (not passed on, not cancelled with a merge). */
    public static Set<TaskStatus> counted() {
        return Collections.unmodifiableSet(EnumSet.of(OPEN, IN_PROGRESS, RESOLVED));
    }
}
