package id.satupintu.applications;

import java.util.EnumSet;
import java.util.List;

/** The state of one workflow step of one application. */
public enum StepStatus {
    /** A later stage: not yet routed to anyone. */
    WAITING,
    /** In the owning agency's inbox, nobody has claimed it. */
    OPEN,
    /** An officer works on it. */
    CLAIMED,
    /** Waiting for the citizen's correction; its clock is paused. */
    CORRECTION,
    APPROVED,
    REJECTED,
    /** Not needed any more (another step of the same part was rejected). */
    CANCELLED;

    /** In some agency's inbox. */
    public boolean active() {
        return ACTIVE.contains(this);
    }

    private static final List<StepStatus> ACTIVE = List.of(OPEN, CLAIMED, CORRECTION);

    /** The states of a step in some agency's inbox (the inbox's default filter, as a bound SQL list). */
    public static List<StepStatus> activeStates() {
        return ACTIVE;
    }

    /** The states whose clock runs: in an inbox and not waiting for the citizen. */
    public static List<StepStatus> clockRunningStates() {
        return List.of(OPEN, CLAIMED);
    }

    /** The outcomes of an officer's decision. */
    public static List<StepStatus> decidedStates() {
        return List.of(APPROVED, REJECTED);
    }

    /** The names of states, for binding as an SQL list. */
    public static List<String> names(java.util.Collection<StepStatus> states) {
        return EnumSet.copyOf(states).stream().map(Enum::name).toList();
    }

    public boolean finished() {
        return this == APPROVED || this == REJECTED || this == CANCELLED;
    }
}
