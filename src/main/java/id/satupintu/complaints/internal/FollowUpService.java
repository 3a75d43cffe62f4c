package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ReporterFollowUp;
import id.satupintu.complaints.ReporterSecret;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** The reporter answers a resolution, signed in or with the complaint's secret: confirm, dispute, rate. */
@Service
class FollowUpService implements ReporterFollowUp {

    private final ComplaintRepository complaints;
    private final ComplaintAccess access;
    private final ComplaintViews views;
    private final ReporterSecrets secrets;

    FollowUpService(ComplaintRepository complaints, ComplaintAccess access, ComplaintViews views, ReporterSecrets secrets) {
        this.complaints = complaints;
        this.access = access;
        this.views = views;
        this.secrets = secrets;
    }

    @Override
    @Transactional
    public ComplaintView confirm(Viewer reporter, UUID complaintId) {
        return confirm(access.forReporter(reporter, complaintId), reporter);
    }

    @Override
    @Transactional
    public ComplaintView dispute(Viewer reporter, UUID complaintId, String reason) {
        return dispute(access.forReporter(reporter, complaintId), reporter, reason);
    }

    @Override
    @Transactional
    public ComplaintView rate(Viewer reporter, UUID complaintId, int stars, String comment) {
        return rate(access.forReporter(reporter, complaintId), reporter, stars, comment);
    }

    @Override
    @Transactional
    public ComplaintView confirm(ReporterSecret key) {
        return confirm(locked(key), ReporterSecrets.holder(key.tenant()));
    }

    @Override
    @Transactional
    public ComplaintView dispute(ReporterSecret key, String reason) {
        return dispute(locked(key), ReporterSecrets.holder(key.tenant()), reason);
    }

    @Override
    @Transactional
    public ComplaintView rate(ReporterSecret key, int stars, String comment) {
        return rate(locked(key), ReporterSecrets.holder(key.tenant()), stars, comment);
    }

    private ComplaintView confirm(Complaint complaint, Viewer reporter) {
        complaint.confirm();
        return saved(complaint, reporter);
    }

    private ComplaintView dispute(Complaint complaint, Viewer reporter, String reason) {
        complaint.dispute(Texts.required("reason", reason, "complaint.dispute.reason"));
        return saved(complaint, reporter);
    }

    private ComplaintView rate(Complaint complaint, Viewer reporter, int stars, String comment) {
        complaint.rate(stars, comment == null ? "" : comment.strip());
        return saved(complaint, reporter);
    }

    private Complaint locked(ReporterSecret key) {
        return secrets.find(key).map(complaints::lock)
                .orElseThrow(() -> new NotFoundException("complaint", key.trackingCode()));
    }

    private ComplaintView saved(Complaint complaint, Viewer viewer) {
        complaints.save(complaint);
        return views.view(complaint, viewer);
    }
}
