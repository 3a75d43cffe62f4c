package id.satupintu.applications;

/** Where an application stands as a whole. */
public enum ApplicationStatus {
    /** Being filled in by the citizen; no tracking code yet. */
    DRAFT,
    /** Submitted; at least one step is waiting for or being worked on by an agency. */
    IN_PROGRESS,
    /** An officer asked the citizen for a correction; the SLA clocks are paused until the citizen answers. */
    NEEDS_CORRECTION,
    /** Every part has finished and at least one was granted. */
    COMPLETED,
    /** Every part has finished and none was granted. */
    REJECTED;

    public boolean finished() {
        return this == COMPLETED || this == REJECTED;
    }
}
