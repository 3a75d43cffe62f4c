package id.satupintu.complaints;

/** What the viewer of a {@link TaskView} may do to it now: only the task's own agency, as the task's state allows. */
public enum TaskAction {
    START, RESOLVE, HAND_OVER
}
