package id.satupintu.applications;

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
        return this == OPEN || this == CLAIMED || this == CORRECTION;
    }

    public boolean finished() {
        return this == APPROVED || this == REJECTED || this == CANCELLED;
    }
}
