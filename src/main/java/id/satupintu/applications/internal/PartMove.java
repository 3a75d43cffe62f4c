package id.satupintu.applications.internal;

import id.satupintu.applications.PartView.PartStatus;
import id.satupintu.shared.ConflictException;

/** The transition table of {@link PartStatus}: a part in progress is granted or rejected, once. */
enum PartMove {
    /** Every step approved: its document is issued. */
    GRANT(PartStatus.GRANTED),
    /** A step was rejected. */
    REJECT(PartStatus.REJECTED);

    private final PartStatus to;

    PartMove(PartStatus to) {
        this.to = to;
    }

    boolean allowedFrom(PartStatus current) {
        return current == PartStatus.IN_PROGRESS;
    }

    PartStatus from(PartStatus current) {
        if (!allowedFrom(current)) {
            throw new ConflictException("application.part.finished", "A part that is " + current + " cannot " + this);
        }
        return to;
    }
}
