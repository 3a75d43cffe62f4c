package id.satupintu.applications;

/** What the citizen may do with their application now; an {@link ApplicationView} carries the ones open to the viewer. */
public enum ApplicationAction {
    /** Change answers and uploads. */
    EDIT,
    SUBMIT,
    ANSWER_CORRECTION
}
