package id.satupintu.applications.internal;

import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.applications.Attachment;
import id.satupintu.applications.FileContent;
import id.satupintu.applications.PublicStatus;
import id.satupintu.applications.TimelineEntry;
import id.satupintu.applications.internal.Subjects.Subject;
import id.satupintu.catalog.Catalog;
import id.satupintu.catalog.FormError;
import id.satupintu.documents.IssuedDocuments;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.InvalidInputsException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The citizen's submitted application and reading applications. A submit is one transaction: the row, its parts and
 * steps in batches, the timeline, the events and the audit entry, nothing read back. Drafting is {@link Drafting},
 * officers' work {@link OfficerDesk}, the deadline watch {@link Deadlines}.
 */
@Service
class ApplicationService implements Applications {

    private static final int MAX_TEXT = 2000;

    private final ApplicationRepository applications;
    private final ApplicationStore store;
    private final Access access;
    private final Drafting drafting;
    private final Subjects subjects;
    private final Catalog catalog;
    private final ApplicationViews views;
    private final IssuedDocuments documents;
    private final ApplicationsProperties properties;
    private final Clock clock;
    private final ObjectMapper json;

    ApplicationService(ApplicationRepository applications, ApplicationStore store, Access access, Drafting drafting,
                       Subjects subjects, Catalog catalog, ApplicationViews views, IssuedDocuments documents,
                       ApplicationsProperties properties, Clock clock, ObjectMapper json) {
        this.applications = applications;
        this.store = store;
        this.access = access;
        this.drafting = drafting;
        this.subjects = subjects;
        this.catalog = catalog;
        this.views = views;
        this.documents = documents;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
    }

    // ---- the citizen's submitted application ----

    /** Idempotent: an application already submitted is returned as it is (double click, retry). */
    @Override
    @Transactional
    public ApplicationView submit(Viewer citizen, UUID applicationId) {
        Application application = access.ownLocked(citizen, applicationId, applications);
        List<Attachment> files = store.files(application.tenant(), application.id());
        if (application.status() != ApplicationStatus.DRAFT) {
            return views.of(application, files, Access.citizen(citizen));
        }
        Subject subject = drafting.subjectOf(application.row());
        throwIfAny(drafting.problems(application.row(), subject, files));
        Instant now = now();
        application.submit(newTrackingCode(application.tenant()), subject.slaDays(),
                subjects.plan(application.row(), subject), now);
        applications.save(application, now);
        return views.of(application, files, Access.citizen(citizen));
    }

    /** The citizen answers a correction request (after fixing answers or uploads); the clocks run again. */
    @Override
    @Transactional
    public ApplicationView answerCorrection(Viewer citizen, UUID applicationId, String message) {
        Access.requireCitizen(citizen);
        String answer = text(message);
        Application application = access.ownLocked(citizen, applicationId, applications);
        ApplicationMove.ANSWER_CORRECTION.from(application.status());
        views.forget(application.row());
        throwIfAny(catalog.validate(drafting.subjectOf(application.row()).formSchema(), json.readTree(application.row().formData())));
        Instant now = now();
        application.answerCorrection(answer, now);
        applications.save(application, now);
        return views.of(application, store.files(application.tenant(), application.id()), Access.citizen(citizen));
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

    private static void throwIfAny(List<FormError> problems) {
        if (!problems.isEmpty()) {
            InvalidInputsException.throwIfAny(problems.stream()
                    .map(p -> new InvalidInputException(p.field(), p.messageKey(), "Invalid " + p.field(), p.arguments().toArray()))
                    .toList());
        }
    }

    /** Codes are random; the unique index is the guarantee, this look-up only avoids a failed submission. */
    private String newTrackingCode(TenantId tenant) {
        for (int attempt = 0; ; attempt++) {
            String code = TrackingCode.generate(properties.trackingPrefix()).value();
            if (store.findByTrackingCode(tenant, code).isEmpty() || attempt > 5) {
                return code;
            }
        }
    }

    private static String text(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("message", "application.text.required", "message is required");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("message", "application.text.tooLong", "message is longer than " + MAX_TEXT, MAX_TEXT);
        }
        return text;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
