package id.satupintu.complaints;

import id.satupintu.shared.ConflictException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
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

    private static final Map<TaskStatus, Map<Move, TaskStatus>> TABLE = new EnumMap<>(TaskStatus.class);

    static {
        for (TaskStatus status : values()) {
            TABLE.put(status, new EnumMap<>(Move.class));
        }
        for (TaskStatus active : EnumSet.of(OPEN, IN_PROGRESS)) {
            allow(active, Move.RESOLVE, RESOLVED);
            allow(active, Move.HAND_OVER, HANDED_OVER);
            allow(active, Move.CANCEL, CANCELLED);
        }
        allow(OPEN, Move.START, IN_PROGRESS);
        allow(RESOLVED, Move.REOPEN, OPEN);
    }

    /** Every state has its row: the static block puts one in for each value. */
    private static Map<Move, TaskStatus> row(TaskStatus from) {
        return java.util.Objects.requireNonNull(TABLE.get(from), "no row for " + from);
    }

    private static void allow(TaskStatus from, Move move, TaskStatus to) {
        row(from).put(move, to);
    }

    /** The state {@code move} leads to; a {@link ConflictException} when the table does not allow it. */
    public TaskStatus after(Move move) {
        TaskStatus next = row(this).get(move);
        if (next == null) {
            throw new ConflictException(move.refusal(), "This task is " + this, name(), move.name());
        }
        return next;
    }

    public boolean allows(Move move) {
        return row(this).containsKey(move);
    }

    public Set<Move> moves() {
        Set<Move> moves = row(this).keySet();
        return moves.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(moves));
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
