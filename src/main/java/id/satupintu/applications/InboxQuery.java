package id.satupintu.applications;

import java.util.Optional;

/**
 * Filters of an agency's inbox. Sorting comes from an allow-list, never from request text.
 *
 * @param status      one state only (OPEN, CLAIMED, CORRECTION); empty: all active steps
 * @param mineOnly    only steps claimed by the viewer
 * @param overdueOnly only steps past their deadline
 * @param serviceCode only steps of this service
 * @param finished    show decided steps (APPROVED, REJECTED) instead of active ones
 */
public record InboxQuery(Optional<StepStatus> status, boolean mineOnly, boolean overdueOnly,
                         Optional<String> serviceCode, boolean finished, Sort sort, int limit, int offset) {

    public InboxQuery {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be 1..200: " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    public static InboxQuery active() {
        return new InboxQuery(Optional.empty(), false, false, Optional.empty(), false, Sort.DUE, 50, 0);
    }

    public enum Sort {
        /** Soonest deadline first (overdue on top). */
        DUE,
        /** Newest application first. */
        NEWEST,
        /** Oldest application first. */
        OLDEST
    }
}
