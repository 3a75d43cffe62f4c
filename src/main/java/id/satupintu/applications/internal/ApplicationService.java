package id.satupintu.applications.internal;

import id.satupintu.applications.AgencyLoad;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.applications.Attachment;
import id.satupintu.applications.FileContent;
import id.satupintu.applications.InboxItem;
import id.satupintu.applications.InboxQuery;
import id.satupintu.applications.Note;
import id.satupintu.applications.PublicStatus;
import id.satupintu.applications.StepView;
import id.satupintu.applications.TimelineEntry;
import id.satupintu.catalog.FormError;
import id.satupintu.documents.IssuedDocuments;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The module's API, answered by who acts: the citizen {@link Drafting} and {@link Submission}, officers at their
 * {@link OfficerDesk}, agency heads' {@link AgencyLoads}, the {@link Deadlines} watch; reading is answered here.
 */
@Service
class ApplicationService implements Applications {

    private final Drafting drafting;
    private final Submission submission;
    private final OfficerDesk desk;
    private final AgencyLoads loads;
    private final Deadlines deadlines;
    private final ApplicationStore store;
    private final Access access;
    private final ApplicationViews views;
    private final IssuedDocuments documents;

    ApplicationService(Drafting drafting, Submission submission, OfficerDesk desk, AgencyLoads loads, Deadlines deadlines,
                       ApplicationStore store, Access access, ApplicationViews views, IssuedDocuments documents) {
        this.drafting = drafting;
        this.submission = submission;
        this.desk = desk;
        this.loads = loads;
        this.deadlines = deadlines;
        this.store = store;
        this.access = access;
        this.views = views;
        this.documents = documents;
    }

    // ---- the citizen ----

    @Override
    public ApplicationView startDraft(Viewer citizen, String subjectCode, boolean bundle, Optional<String> idempotencyKey) {
        return drafting.startDraft(citizen, subjectCode, bundle, idempotencyKey);
    }

    @Override
    public ApplicationView saveAnswers(Viewer citizen, UUID applicationId, ObjectNode answers, Optional<String> kelurahanCode) {
        return drafting.saveAnswers(citizen, applicationId, answers, kelurahanCode);
    }

    @Override
    public Attachment attach(Viewer citizen, UUID applicationId, String documentCode, String filename, byte[] content) {
        return drafting.attach(citizen, applicationId, documentCode, filename, content);
    }

    @Override
    public void detach(Viewer citizen, UUID applicationId, UUID attachmentId) {
        drafting.detach(citizen, applicationId, attachmentId);
    }

    @Override
    public List<FormError> check(Viewer citizen, UUID applicationId) {
        return drafting.check(citizen, applicationId);
    }

    @Override
    public ApplicationView submit(Viewer citizen, UUID applicationId) {
        return submission.submit(citizen, applicationId);
    }

    @Override
    public ApplicationView answerCorrection(Viewer citizen, UUID applicationId, String message) {
        return submission.answerCorrection(citizen, applicationId, message);
    }

    // ---- reading ----

    @Override
    @Transactional(readOnly = true)
    public List<ApplicationView> mine(Viewer citizen) {
        Access.requireCitizen(citizen);
        Onlooker owner = Access.citizen(citizen);
        return store.ofApplicant(citizen.tenant(), citizen.accountId()).stream().map(app -> views.of(app, owner)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApplicationView> find(Viewer viewer, UUID applicationId) {
        return store.find(viewer.tenant(), applicationId).filter(app -> access.maySee(viewer, app))
                .map(app -> views.of(app, access.onlooker(viewer)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApplicationView> findByTrackingCode(Viewer viewer, String trackingCode) {
        return TrackingCode.parse(trackingCode)
                .flatMap(code -> store.findByTrackingCode(viewer.tenant(), code.value()))
                .filter(app -> access.maySee(viewer, app)).map(app -> views.of(app, access.onlooker(viewer)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(Viewer viewer, UUID applicationId) {
        var app = access.visible(viewer, applicationId);
        return store.timeline(app.tenant(), app.id());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FileContent> attachment(Viewer viewer, UUID applicationId, UUID attachmentId) {
        return store.find(viewer.tenant(), applicationId).filter(app -> access.maySee(viewer, app))
                .flatMap(app -> store.fileContent(app.tenant(), app.id(), attachmentId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FileContent> issuedDocument(Viewer viewer, UUID applicationId, UUID partId) {
        return store.find(viewer.tenant(), applicationId).filter(app -> access.maySee(viewer, app))
                .flatMap(app -> store.parts(app.tenant(), app.id()).stream().filter(part -> part.id().equals(partId)).findFirst()
                        .flatMap(part -> Optional.ofNullable(part.documentId()))
                        .flatMap(documentId -> documents.pdf(app.tenant(), documentId))
                        .map(pdf -> new FileContent(app.trackingCode() + "-" + partId.toString().substring(0, 8) + ".pdf",
                                "application/pdf", pdf)));
    }

    @Override
    public Optional<PublicStatus> publicStatus(TenantId tenant, String trackingCode) {
        return TrackingCode.parse(trackingCode).flatMap(code -> views.publicStatus(tenant, code.value()));
    }

    // ---- officers ----

    @Override
    public List<InboxItem> inbox(Viewer officer, InboxQuery query) {
        return desk.inbox(officer, query);
    }

    @Override
    public int inboxCount(Viewer officer, InboxQuery query) {
        return desk.inboxCount(officer, query);
    }

    @Override
    public StepView claim(Viewer officer, UUID stepId) {
        return desk.claim(officer, stepId);
    }

    @Override
    public StepView release(Viewer officer, UUID stepId) {
        return desk.release(officer, stepId);
    }

    @Override
    public StepView approve(Viewer officer, UUID stepId, Optional<String> note) {
        return desk.approve(officer, stepId, note);
    }

    @Override
    public StepView reject(Viewer officer, UUID stepId, String reason) {
        return desk.reject(officer, stepId, reason);
    }

    @Override
    public StepView requestCorrection(Viewer officer, UUID stepId, String message) {
        return desk.requestCorrection(officer, stepId, message);
    }

    @Override
    public StepView handOver(Viewer officer, UUID stepId, String targetAgencyCode, String reason) {
        return desk.handOver(officer, stepId, targetAgencyCode, reason);
    }

    @Override
    public Note addNote(Viewer officer, UUID applicationId, String body) {
        return desk.addNote(officer, applicationId, body);
    }

    @Override
    public List<Note> notes(Viewer officer, UUID applicationId) {
        return desk.notes(officer, applicationId);
    }

    @Override
    public AgencyLoad load(Viewer agencyHead) {
        return loads.load(agencyHead);
    }

    @Override
    public int detectBreaches() {
        return deadlines.detectBreaches();
    }
}
