package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A complaint as the reporter or an officer sees it. {@code reporterId} is empty for an anonymous complaint and
 * for officers outside the complaint desk when the complaint is confidential.
 *
 * @param verifyDue     3 working days after submission
 * @param resolveDue    from verification, the category's tier in working days (empty before verification)
 * @param autoCloseAt   10 working days after resolution, if the reporter does not answer
 * @param overdue        a deadline of the current state has passed
 * @param reporterSecret only in the answer to filing a complaint without an account (anonymous, or from an outside
 *                       system): what lets the reporter confirm, dispute and rate later ({@link ReporterSecret});
 *                       shown once, only its keyed hash is kept
 * @param actions        what the viewer may do to it now ({@link #may})
 */
public record ComplaintView(UUID id, TenantId tenant, String trackingCode, String categoryCode, String description,
                            Optional<GeoPoint> point, Optional<String> address, Optional<String> kecamatanCode,
                            Optional<String> kelurahanCode, PrivacyMode privacy, ComplaintStatus status, Channel channel,
                            Optional<UUID> reporterId, int supporters, List<UUID> photoIds, List<TaskView> tasks,
                            Instant submittedAt, Instant updatedAt, Instant verifyDue, Optional<Instant> resolveDue,
                            Optional<Instant> resolvedAt, Optional<Instant> autoCloseAt, Optional<Instant> closedAt,
                            Optional<String> statusNote, Optional<String> mergedInto, Optional<Integer> rating,
                            boolean overdue, Optional<String> reporterSecret,
                            Set<ComplaintAction> actions) {

    public ComplaintView {
        photoIds = List.copyOf(photoIds);
        tasks = List.copyOf(tasks);
        actions = Set.copyOf(actions);
    }

    public boolean may(ComplaintAction action) {
        return actions.contains(action);
    }

    /** The same view carrying the reporter's secret: only the answer to filing has it, once. */
    public ComplaintView withReporterSecret(String secret) {
        return new ComplaintView(id, tenant, trackingCode, categoryCode, description, point, address, kecamatanCode,
                kelurahanCode, privacy, status, channel, reporterId, supporters, photoIds, tasks, submittedAt, updatedAt,
                verifyDue, resolveDue, resolvedAt, autoCloseAt, closedAt, statusNote, mergedInto, rating, overdue,
                Optional.of(secret), actions);
    }
}
