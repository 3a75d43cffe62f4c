package id.satupintu.complaints.internal;

import id.satupintu.audit.AuditTrail;
import id.satupintu.complaints.ComplaintDesk;
import id.satupintu.complaints.ComplaintNote;
import id.satupintu.complaints.ComplaintPage;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ResolutionTier;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.shared.Ids;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The complaint desk's work: verify or reject what came in, dispatch it to agencies, reopen a disputed one, merge a
 * duplicate; every officer's queue and internal notes. Each move locks the complaint and asks the aggregate.
 */
@Service
class DeskService implements ComplaintDesk {

    private static final int PAGE = 50;

    private final ComplaintStore store;
    private final ComplaintRepository complaints;
    private final ComplaintAccess access;
    private final ComplaintViews views;
    private final ComplaintsProperties properties;
    private final DeadlineCalendar deadlines;
    private final AuditTrail audit;

    DeskService(ComplaintStore store, ComplaintRepository complaints, ComplaintAccess access, ComplaintViews views,
                ComplaintsProperties properties, DeadlineCalendar deadlines, AuditTrail audit) {
        this.store = store;
        this.complaints = complaints;
        this.access = access;
        this.views = views;
        this.properties = properties;
        this.deadlines = deadlines;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public ComplaintPage<ComplaintView> queue(Viewer officer, Optional<ComplaintStatus> status, boolean overdueOnly, int page) {
        String agency = access.agencyOf(officer);
        if (page < 0 || page > 10_000) {
            throw new InvalidInputException("page", "complaint.query.page", "No such page");
        }
        Instant now = deadlines.now();
        List<ComplaintRow> rows = agency.equals(properties.deskAgency())
                ? store.deskQueue(officer.tenant(), status.orElse(null), overdueOnly, now, PAGE + 1, (long) page * PAGE)
                : store.agencyQueue(officer.tenant(), agency, status.orElse(null), overdueOnly, now, PAGE + 1, (long) page * PAGE);
        boolean more = rows.size() > PAGE;
        return new ComplaintPage<>((more ? rows.subList(0, PAGE) : rows).stream().map(r -> views.view(r, officer)).toList(),
                page, PAGE, more);
    }

    @Override
    public boolean isDesk(Viewer viewer) {
        return access.isDesk(viewer);
    }

    @Override
    @Transactional
    public ComplaintView verify(Viewer desk, UUID complaintId) {
        Complaint complaint = access.forDesk(desk, complaintId);
        complaint.verify(desk.accountId());
        return saved(complaint, desk);
    }

    @Override
    @Transactional
    public ComplaintView reject(Viewer desk, UUID complaintId, String reason) {
        Complaint complaint = access.forDesk(desk, complaintId);
        complaint.reject(desk.accountId(), Texts.required("reason", reason, "complaint.reject.reason"));
        return saved(complaint, desk);
    }

    @Override
    @Transactional
    public ComplaintView dispatch(Viewer desk, UUID complaintId, List<String> agencyCodes, Optional<ResolutionTier> tier) {
        Complaint complaint = access.forDesk(desk, complaintId);
        complaint.status().after(ComplaintStatus.Move.DISPATCH); // the state refuses before the input is looked at
        Set<String> targets = new LinkedHashSet<>();
        for (String code : agencyCodes) {
            if (code != null && !code.isBlank()) {
                targets.add(code.strip());
            }
        }
        if (targets.size() > 10) {
            throw new InvalidInputException("agencies", "complaint.dispatch.tooMany", "At most 10 agencies at once");
        }
        targets.forEach(code -> access.requireAgency(desk.tenant(), code, "agencies"));
        complaint.dispatch(desk.accountId(), targets, tier);
        return saved(complaint, desk);
    }

    @Override
    @Transactional
    public ComplaintView reopen(Viewer desk, UUID complaintId, String note) {
        Complaint complaint = access.forDesk(desk, complaintId);
        complaint.reopen(desk.accountId(), Texts.required("note", note, "complaint.reopen.note"));
        return saved(complaint, desk);
    }

    @Override
    @Transactional
    public ComplaintView merge(Viewer desk, UUID duplicateId, String intoTrackingCode) {
        Complaint duplicate = access.forDesk(desk, duplicateId);
        duplicate.status().after(ComplaintStatus.Move.MERGE);
        Complaint target = TrackingCode.parse(intoTrackingCode, properties.trackingPrefix())
                .flatMap(code -> store.findByCode(desk.tenant(), code.value()))
                .filter(t -> !t.id().equals(duplicate.id()) && t.status().isOpen())
                .flatMap(t -> complaints.lock(desk.tenant(), t.id()))
                .orElseThrow(() -> new InvalidInputException("into", "complaint.merge.target",
                        "Give the tracking code of another open complaint"));
        Set<UUID> people = new LinkedHashSet<>();
        if (duplicate.reporterId() != null) {
            people.add(duplicate.reporterId());
        }
        people.addAll(store.supporters(duplicate.tenant(), duplicate.id()));
        people.remove(target.reporterId());
        people.removeAll(store.supporters(target.tenant(), target.id()));
        duplicate.mergeInto(desk.accountId(), target, List.copyOf(people));
        complaints.save(target);
        return saved(duplicate, desk);
    }

    @Override
    @Transactional
    public ComplaintNote addNote(Viewer officer, UUID complaintId, String body) {
        String agency = access.agencyOf(officer);
        ComplaintRow row = access.visible(officer, complaintId);
        String text = Texts.required("body", body, "complaint.note.body");
        ComplaintNote note = new ComplaintNote(Ids.newId(), deadlines.now(), officer.accountId(),
                Texts.truncate(officer.displayName(), 120), agency, text);
        store.insertNote(row.tenant(), row.id(), note);
        audit.record(officer.tenant(), "complaint.note.added", "complaint", row.id().toString(),
                Map.of("by", officer.accountId().toString()));
        return note;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ComplaintNote> notes(Viewer officer, UUID complaintId) {
        access.agencyOf(officer);
        ComplaintRow row = access.visible(officer, complaintId);
        return store.notes(row.tenant(), row.id());
    }

    private ComplaintView saved(Complaint complaint, Viewer viewer) {
        complaints.save(complaint);
        return views.view(complaint, viewer);
    }
}
