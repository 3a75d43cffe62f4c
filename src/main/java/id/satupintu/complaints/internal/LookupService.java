package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintEvent;
import id.satupintu.complaints.ComplaintLookup;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ReporterSecret;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A complaint and its timeline for who may see it: its reporter (or the holder of its secret) and officers. */
@Service
@Transactional(readOnly = true)
class LookupService implements ComplaintLookup {

    private final ComplaintStore store;
    private final ComplaintAccess access;
    private final ComplaintViews views;
    private final ReporterSecrets secrets;
    private final ComplaintsProperties properties;

    LookupService(ComplaintStore store, ComplaintAccess access, ComplaintViews views, ReporterSecrets secrets,
                  ComplaintsProperties properties) {
        this.store = store;
        this.access = access;
        this.views = views;
        this.secrets = secrets;
        this.properties = properties;
    }

    @Override
    public Optional<ComplaintView> find(Viewer viewer, UUID complaintId) {
        return store.find(viewer.tenant(), complaintId).filter(row -> access.maySee(viewer, row))
                .map(row -> views.view(row, viewer));
    }

    @Override
    public Optional<ComplaintView> findByTrackingCode(Viewer viewer, String trackingCode) {
        return TrackingCode.parse(trackingCode, properties.trackingPrefix())
                .flatMap(code -> store.findByCode(viewer.tenant(), code.value()))
                .filter(row -> access.maySee(viewer, row)).map(row -> views.view(row, viewer));
    }

    @Override
    public List<ComplaintEvent> timeline(Viewer viewer, UUID complaintId) {
        ComplaintRow row = access.visible(viewer, complaintId);
        return store.timeline(row.tenant(), row.id());
    }

    @Override
    public Optional<ComplaintView> followUp(ReporterSecret key) {
        return secrets.find(key).map(row -> views.view(row, ReporterSecrets.holder(key.tenant())));
    }

    @Override
    public List<ComplaintEvent> timeline(ReporterSecret key) {
        return secrets.find(key).map(row -> store.timeline(row.tenant(), row.id())).orElse(List.of());
    }
}
