package id.satupintu.complaints;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a complaint's public timeline: what happened, which agency, and the message meant for the public
 * (a rejection reason, a resolution note). Never names a reporter or an officer.
 *
 * @param kind submitted, verified, rejected, dispatched, started, handed-over, task-resolved, resolved, confirmed,
 *             disputed, reopened, auto-closed, merged, joined, overdue, rated
 */
public record ComplaintEvent(Instant at, String kind, Optional<String> agencyCode, Optional<String> message) {
}
