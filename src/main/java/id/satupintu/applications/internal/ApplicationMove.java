package id.satupintu.applications.internal;

import id.satupintu.applications.ApplicationStatus;
import id.satupintu.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import java.util.EnumSet;
import java.util.Set;

import static id.satupintu.applications.ApplicationStatus.COMPLETED;
import static id.satupintu.applications.ApplicationStatus.DRAFT;
import static id.satupintu.applications.ApplicationStatus.IN_PROGRESS;
import static id.satupintu.applications.ApplicationStatus.NEEDS_CORRECTION;
import static id.satupintu.applications.ApplicationStatus.REJECTED;

/** The transition table of {@link ApplicationStatus}; {@link Application} makes each of its moves through {@link #from}. */
enum ApplicationMove {
    /** Answers or uploads change: only while the citizen holds the application. The state stays. */
    EDIT(null, "application.notEditable", DRAFT, NEEDS_CORRECTION),
    SUBMIT(IN_PROGRESS, "application.notDraft", DRAFT),
    /** An officer asks for a correction; a second step asking while the first waits keeps the state. */
    REQUEST_CORRECTION(NEEDS_CORRECTION, "application.notInProgress", IN_PROGRESS, NEEDS_CORRECTION),
    ANSWER_CORRECTION(IN_PROGRESS, "application.correction.notAsked", NEEDS_CORRECTION),
    /** Every part finished, at least one granted. */
    COMPLETE(COMPLETED, "application.notInProgress", IN_PROGRESS),
    /** Every part finished, none granted. */
    REJECT(REJECTED, "application.notInProgress", IN_PROGRESS);

    private final @Nullable ApplicationStatus to;
    private final String refusal;
    private final Set<ApplicationStatus> from;

    /** {@code to} null: the move keeps the state. */
    ApplicationMove(@Nullable ApplicationStatus to, String refusal, ApplicationStatus first, ApplicationStatus... more) {
        this.to = to;
        this.refusal = refusal;
        this.from = EnumSet.of(first, more);
    }

    boolean allowedFrom(ApplicationStatus current) {
        return from.contains(current);
    }

    /** The state after this move from {@code current}; a move the table does not allow is a conflict (409). */
    ApplicationStatus from(ApplicationStatus current) {
        if (!allowedFrom(current)) {
            throw new ConflictException(refusal, "An application that is " + current + " cannot " + this);
        }
        return to == null ? current : to;
    }
}
