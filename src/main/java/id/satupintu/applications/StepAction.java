package id.satupintu.applications;

/** What an officer may do with a step now; a {@link StepView} carries the ones open to the viewer. */
public enum StepAction {
    CLAIM, RELEASE, APPROVE, REJECT, REQUEST_CORRECTION, HAND_OVER
}
