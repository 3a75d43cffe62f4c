package id.satupintu.complaints;

/**
 * What the viewer of a {@link ComplaintView} may do to it now, computed once from the complaint's state table and
 * the access rules; pages, templates and the JSON API show exactly these.
 */
public enum ComplaintAction {
    /** The complaint desk. */
    VERIFY, REJECT, DISPATCH, REOPEN, MERGE,
    /** Its reporter (signed in, or holding its secret). */
    CONFIRM, DISPUTE, RATE
}
