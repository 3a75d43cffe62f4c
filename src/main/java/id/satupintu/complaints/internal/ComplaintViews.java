package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.GeoPoint;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.PublicComplaint;
import id.satupintu.complaints.TaskStatus;
import id.satupintu.complaints.TaskView;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.complaints.internal.Rows.TaskRow;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Complaints as a viewer sees them: what the reporter or an officer may read, what the public may read. */
@Component
class ComplaintViews {

    private final ComplaintStore store;
    private final ComplaintAccess access;
    private final Clock clock;

    ComplaintViews(ComplaintStore store, ComplaintAccess access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    ComplaintView view(ComplaintRow row, Viewer viewer) {
        return view(row, store.tasks(row.tenant(), row.id()), store.photoIds(row.tenant(), row.id(), "report"), viewer);
    }

    /** Right after a move: the aggregate's rows, without reading them again. */
    ComplaintView view(Complaint complaint, Viewer viewer) {
        return view(complaint.row(), complaint.taskRows(),
                store.photoIds(complaint.tenant(), complaint.id(), "report"), viewer);
    }

    ComplaintView view(ComplaintRow row, List<TaskRow> tasks, List<UUID> photoIds, Viewer viewer) {
        Instant now = clock.instant();
        boolean own = viewer.accountId().equals(row.reporterId());
        Optional<String> agency = access.agencyCode(viewer);
        boolean showReporter = own || (row.privacy() == PrivacyMode.PUBLIC && agency.isPresent());
        boolean reporter = (own && viewer.has(Role.CITIZEN)) || ReporterSecrets.isHolder(viewer);
        boolean desk = agency.filter(access.deskAgency()::equals).isPresent();
        List<TaskView> taskViews = tasks.stream().map(t -> new TaskView(t.id(), t.agencyCode(), t.status(), t.openedAt(),
                t.followUpDue(), Optional.ofNullable(t.startedAt()), Optional.ofNullable(t.resolvedAt()),
                Optional.ofNullable(t.resolutionNote()), Optional.ofNullable(t.proofPhotoId()),
                Optional.ofNullable(t.assigneeId()), taskOverdue(row, t, now),
                ComplaintActions.taskActions(row.status(), t.status(), agency.filter(t.agencyCode()::equals).isPresent())))
                .toList();
        return new ComplaintView(row.id(), row.tenant(), row.trackingCode(), row.categoryCode(), row.description(),
                point(row), Optional.ofNullable(row.address()), Optional.ofNullable(row.kecamatanCode()),
                Optional.ofNullable(row.kelurahanCode()), row.privacy(), row.status(), row.channel(),
                showReporter ? Optional.ofNullable(row.reporterId()) : Optional.empty(), row.supporters(),
                photoIds, taskViews, row.submittedAt(), row.updatedAt(),
                row.verifyDue(), Optional.ofNullable(row.resolveDue()), Optional.ofNullable(row.resolvedAt()),
                Optional.ofNullable(row.autoCloseAt()), Optional.ofNullable(row.closedAt()),
                Optional.ofNullable(row.statusNote()),
                Optional.ofNullable(row.mergedInto()).flatMap(id -> store.find(row.tenant(), id)).map(ComplaintRow::trackingCode),
                Optional.ofNullable(row.rating()), overdue(row, now) || taskViews.stream().anyMatch(TaskView::overdue),
                Optional.empty(), ComplaintActions.actions(row.status(), row.rating(), desk, reporter));
    }

    List<PublicComplaint> publicViews(TenantId tenant, List<ComplaintRow> rows) {
        Instant now = clock.instant();
        List<UUID> ids = rows.stream().map(ComplaintRow::id).toList();
        Map<UUID, List<String>> agencies = store.agenciesOf(tenant, ids);
        Map<UUID, List<UUID>> photoIds = store.reportPhotoIds(tenant, ids);
        return rows.stream().map(row -> new PublicComplaint(row.id(), row.trackingCode(), row.categoryCode(),
                row.description(), point(row), Optional.ofNullable(row.address()), Optional.ofNullable(row.kecamatanCode()),
                Optional.ofNullable(row.kelurahanCode()), row.status(), agencies.getOrDefault(row.id(), List.of()),
                row.supporters(), photoIds.getOrDefault(row.id(), List.of()), row.submittedAt(), row.updatedAt(),
                Optional.ofNullable(row.resolveDue()),
                row.status().showsStatusNote() ? Optional.ofNullable(row.statusNote()) : Optional.empty(),
                overdue(row, now))).toList();
    }

    static Optional<GeoPoint> point(ComplaintRow row) {
        return row.lat() == null || row.lon() == null ? Optional.empty() : Optional.of(new GeoPoint(row.lat(), row.lon()));
    }

    /** A deadline of the complaint's current state has passed. */
    static boolean overdue(ComplaintRow row, Instant now) {
        if (row.status() == ComplaintStatus.SUBMITTED) {
            return now.isAfter(row.verifyDue());
        }
        return ComplaintStatus.resolutionRunning().contains(row.status()) && row.resolveDue() != null
                && now.isAfter(row.resolveDue());
    }

    private static boolean taskOverdue(ComplaintRow row, TaskRow task, Instant now) {
        return (task.status() == TaskStatus.OPEN && now.isAfter(task.followUpDue()))
                || (task.status().isActive() && row.resolveDue() != null && now.isAfter(row.resolveDue()));
    }
}
