package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintAction;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintStatus.Move;
import id.satupintu.complaints.TaskAction;
import id.satupintu.complaints.TaskStatus;
import org.jspecify.annotations.Nullable;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a viewer may do to a complaint now: the moves the state tables allow, narrowed to the viewer's part (the
 * desk, the reporter, the task's agency). Views carry the result; pages and the API only render it.
 */
final class ComplaintActions {

    private ComplaintActions() {
    }

    static final Set<ComplaintStatus> RATEABLE = EnumSet.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED);
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

}
