package id.satupintu.complaints.internal;

import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may see and act on a complaint, in one place: its reporter and supporters, the complaint desk (every complaint
 * of its tenant), an agency with a task on it. Whoever may not is answered as not found, never as forbidden.
 */
@Component
class ComplaintAccess {

    private final ComplaintStore store;
    private final ComplaintRepository complaints;
    private final Organisation organisation;
    private final ComplaintsProperties properties;

    ComplaintAccess(ComplaintStore store, ComplaintRepository complaints, Organisation organisation,
                    ComplaintsProperties properties) {
        this.store = store;
        this.complaints = complaints;
        this.organisation = organisation;
        this.properties = properties;
    }

    boolean maySee(Viewer viewer, ComplaintRow row) {
        if (!row.tenant().equals(viewer.tenant())) {
            return false;
        }
        if (viewer.has(Role.CITIZEN) && (viewer.accountId().equals(row.reporterId())
                || store.isSupporter(row.tenant(), row.id(), viewer.accountId()))) {
            return true;
        }
        Optional<String> agency = agencyCode(viewer);
        if (agency.isEmpty()) {
            return false;
        }
        return agency.get().equals(properties.deskAgency()) || store.hasTaskFor(row.tenant(), row.id(), agency.get());
    }

    ComplaintRow visible(Viewer viewer, UUID complaintId) {
        return store.find(viewer.tenant(), complaintId).filter(row -> maySee(viewer, row))
                .orElseThrow(() -> notFound(complaintId));
    }

    /** The agency code of an officer or agency head; anyone else has none. */
    Optional<String> agencyCode(Viewer viewer) {
        if (!viewer.has(Role.OFFICER) && !viewer.has(Role.AGENCY_HEAD)) {
            return Optional.empty();
        }
        return viewer.agencyId().flatMap(id -> organisation.agency(viewer.tenant(), id)).map(AgencyView::code);
    }

    String agencyOf(Viewer viewer) {
        return agencyCode(viewer).orElseThrow(() -> new NotFoundException("complaints", viewer.accountId().toString()));
    }

    boolean isDesk(Viewer viewer) {
        return agencyCode(viewer).filter(properties.deskAgency()::equals).isPresent();
    }

    String deskAgency() {
        return properties.deskAgency();
    }

    /** The complaint locked for a move of the complaint desk. */
    Complaint forDesk(Viewer desk, UUID complaintId) {
        if (!isDesk(desk)) {
            throw notFound(complaintId);
        }
        return complaints.lock(desk.tenant(), complaintId).orElseThrow(() -> notFound(complaintId));
    }

    /** The complaint locked for a move of its signed-in reporter. */
    Complaint forReporter(Viewer reporter, UUID complaintId) {
        requireCitizen(reporter);
        return complaints.lock(reporter.tenant(), complaintId).filter(c -> reporter.accountId().equals(c.reporterId()))
                .orElseThrow(() -> notFound(complaintId));
    }

    /** The task's complaint locked for a move of the task's agency; another agency's task is not found. */
    ComplaintTask forAgency(Viewer officer, UUID taskId) {
        String agency = agencyOf(officer);
        Rows.TaskRow unlocked = store.task(officer.tenant(), taskId).filter(t -> t.agencyCode().equals(agency))
                .orElseThrow(() -> new NotFoundException("task", taskId.toString()));
        return complaints.lock(officer.tenant(), unlocked.complaintId()).flatMap(c -> c.task(taskId))
                .orElseThrow(() -> new NotFoundException("task", taskId.toString()));
    }

    void requireAgency(TenantId tenant, String code, String field) {
        if (organisation.agencyByCode(tenant, code).filter(AgencyView::active).isEmpty()) {
            throw new InvalidInputException(field, "complaint.agency.unknown", "No such agency or office: " + code, code);
        }
    }

    static void requireCitizen(Viewer viewer) {
        if (!viewer.has(Role.CITIZEN)) {
            throw new NotFoundException("complaint", viewer.accountId().toString());
        }
    }

    static NotFoundException notFound(UUID complaintId) {
        return new NotFoundException("complaint", complaintId.toString());
    }
}
