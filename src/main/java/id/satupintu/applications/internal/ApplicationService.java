package id.satupintu.applications.internal;

import id.satupintu.applications.AgencyLoad;
import id.satupintu.applications.ApplicationCompleted;
import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.ApplicationSubmitted;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.applications.Attachment;
import id.satupintu.applications.FileContent;
import id.satupintu.applications.InboxItem;
import id.satupintu.applications.InboxQuery;
import id.satupintu.applications.Note;
import id.satupintu.applications.PartView;
import id.satupintu.applications.PartView.PartStatus;
import id.satupintu.applications.PublicStatus;
import id.satupintu.applications.StepCompleted;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.StepView;
import id.satupintu.applications.TimelineEntry;
import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.applications.internal.Rows.PartRow;
import id.satupintu.applications.internal.Rows.StepRow;
import id.satupintu.audit.AuditTrail;
import id.satupintu.catalog.Bundle;
import id.satupintu.catalog.Catalog;
import id.satupintu.catalog.DocumentRequirement;
import id.satupintu.catalog.FormError;
import id.satupintu.catalog.ServiceDefinition;
import id.satupintu.catalog.WorkflowStage;
import id.satupintu.catalog.WorkflowStep;
import id.satupintu.documents.IssuedDocuments;
import id.satupintu.identity.Accounts;
import id.satupintu.organisation.AgencyKind;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.Ids;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.InvalidInputsException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.TrackingCode;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.time.SlaClock;
import id.satupintu.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applications from draft to issued document. Every change of a submitted case first locks its application row,
 * so the steps of one case change one at a time (two parallel steps approved at once still open the next stage
 * exactly once); claims are conditional updates, so of two officers claiming one step exactly one wins.
 */
@Service
class ApplicationService implements Applications {

    private static final Logger log = LoggerFactory.getLogger(ApplicationService.class);
    private static final int MAX_TEXT = 2000;
    private static final int MAX_FORM_BYTES = 64 * 1024;

    private final ApplicationStore store;
    private final Catalog catalog;
    private final Organisation organisation;
    private final Accounts accounts;
    private final IssuedDocuments documents;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final WorkingDays workingDays;
    private final UploadPolicy uploads;
    private final ApplicationsProperties properties;
    private final Clock clock;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    /** Public status by tenant and code: anonymous, high-volume, a few seconds old at most (and never across a change made here). */
    private final com.github.benmanes.caffeine.cache.Cache<String, Optional<PublicStatus>> publicStatuses;

    ApplicationService(ApplicationStore store, Catalog catalog, Organisation organisation, Accounts accounts,
                       IssuedDocuments documents, AuditTrail audit, ApplicationEventPublisher events,
                       WorkingDays workingDays, UploadPolicy uploads, ApplicationsProperties properties, Clock clock,
                       ObjectMapper json, TransactionTemplate transactions) {
        this.store = store;
        this.catalog = catalog;
        this.organisation = organisation;
        this.accounts = accounts;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.workingDays = workingDays;
        this.uploads = uploads;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
        this.transactions = transactions;
        this.publicStatuses = com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
                .expireAfterWrite(properties.publicStatusTtl()).maximumSize(properties.publicStatusTtl().isZero() ? 0 : 50_000).build();
    }

    // =====================================================================================================
    // citizen
    // =====================================================================================================

    @Override
    @Transactional
    public ApplicationView startDraft(Viewer citizen, String subjectCode, boolean bundle, Optional<String> idempotencyKey) {
        requireCitizen(citizen);
        Optional<String> key = idempotencyKey.map(String::strip).filter(k -> !k.isEmpty());
        if (key.isPresent() && key.get().length() > 100) {
            throw new InvalidInputException("Idempotency-Key", "application.idempotencyKey.tooLong", "An Idempotency-Key has at most 100 characters");
        }
        if (key.isPresent()) {
            Optional<ApplicationRow> earlier = store.findByIdempotencyKey(citizen.tenant(), citizen.accountId(), key.get());
            if (earlier.isPresent()) {
                return sameRequest(earlier.get(), subjectCode, bundle);
            }
        }
        Subject subject = subject(citizen.tenant(), subjectCode, bundle)
                .orElseThrow(() -> new InvalidInputException(bundle ? "bundle" : "service", "application.subject.unknown",
                        "No such " + (bundle ? "bundle" : "service") + ": " + subjectCode, subjectCode));
        Instant now = now();
        ApplicationRow row = new ApplicationRow(Ids.newId(), citizen.tenant(), null, citizen.accountId(), subject.code(), bundle,
                subject.version(), subject.responsibleAgency(), null, "{}", ApplicationStatus.DRAFT, language(), subject.slaDays(),
                null, null, 0, null, null, now, null, null);
        try {
            store.insert(row, key.orElse(null));
        } catch (DuplicateKeyException raced) {
            // the same key arrived twice at once: the other request created it
            return sameRequest(store.findByIdempotencyKey(citizen.tenant(), citizen.accountId(), key.orElseThrow()).orElseThrow(),
                    subjectCode, bundle);
        }
        return view(row);
    }

    private ApplicationView sameRequest(ApplicationRow earlier, String subjectCode, boolean bundle) {
        if (!earlier.subjectCode().equals(subjectCode) || earlier.bundle() != bundle) {
            throw new ConflictException("application.idempotencyKey.reused",
                    "This Idempotency-Key was used for another request (" + earlier.subjectCode() + ")");
        }
        return view(earlier);
    }

    @Override
    @Transactional
    public ApplicationView saveAnswers(Viewer citizen, UUID applicationId, ObjectNode answers, Optional<String> kelurahanCode) {
        ApplicationRow app = ownEditable(citizen, applicationId);
        ObjectNode merged = (ObjectNode) json.readTree(app.formData());
        answers.properties().forEach(entry -> {
            if (entry.getValue() == null || entry.getValue().isNull()) {
                merged.remove(entry.getKey());
            } else {
                merged.set(entry.getKey(), entry.getValue());
            }
        });
        String form = json.writeValueAsString(merged);
        if (form.length() > MAX_FORM_BYTES) {
            throw new InvalidInputException("answers", "application.answers.tooLarge", "The answers are too long");
        }
        String kelurahan = app.kelurahanCode();
        if (kelurahanCode.isPresent() && !kelurahanCode.get().isBlank()) {
            String code = kelurahanCode.get().strip();
            boolean known = organisation.region(citizen.tenant(), code)
                    .filter(region -> region.level() == id.satupintu.organisation.RegionLevel.KELURAHAN).isPresent();
            if (!known) {
                throw new InvalidInputException("kelurahan", "application.kelurahan.unknown", "No such kelurahan: " + code, code);
            }
            kelurahan = code;
        }
        store.saveAnswers(citizen.tenant(), applicationId, form, kelurahan, now());
        return view(store.find(citizen.tenant(), applicationId).orElseThrow());
    }

    @Override
    @Transactional
    public Attachment attach(Viewer citizen, UUID applicationId, String documentCode, String filename, byte[] content) {
        ApplicationRow app = ownEditable(citizen, applicationId);
        Subject subject = subjectOf(app);
        if (subject.documents().stream().noneMatch(doc -> doc.code().equals(documentCode))) {
            throw new InvalidInputException("document", "application.document.unknown",
                    "This application asks for no document " + documentCode, documentCode);
        }
        String type = uploads.check(documentCode, content);
        store.deleteFiles(citizen.tenant(), applicationId, documentCode);
        Attachment file = new Attachment(Ids.newId(), documentCode, UploadPolicy.cleanName(filename), type, content.length,
                sha256(content), now());
        store.insertFile(citizen.tenant(), applicationId, file, content);
        return file;
    }

    @Override
    @Transactional
    public void detach(Viewer citizen, UUID applicationId, UUID attachmentId) {
        ownEditable(citizen, applicationId);
        if (store.deleteFile(citizen.tenant(), applicationId, attachmentId) == 0) {
            throw new NotFoundException("attachment", attachmentId.toString());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<FormError> check(Viewer citizen, UUID applicationId) {
        return problems(own(citizen, applicationId));
    }

    private List<FormError> problems(ApplicationRow app) {
        Subject subject = subjectOf(app);
        List<FormError> problems = new ArrayList<>(catalog.validate(subject.formSchema(), json.readTree(app.formData())));
        Set<String> uploaded = store.files(app.tenant(), app.id()).stream().map(Attachment::documentCode).collect(Collectors.toSet());
        subject.documents().stream().filter(DocumentRequirement::required).filter(doc -> !uploaded.contains(doc.code()))
                .forEach(doc -> problems.add(new FormError(doc.code(), "application.document.missing", List.of(doc.names().id(), doc.names().en()))));
        if (subject.needsArea() && app.kelurahanCode() == null) {
            problems.add(new FormError("kelurahan", "application.kelurahan.missing", List.of()));
        }
        return problems;
    }

    @Override
    public ApplicationView submit(Viewer citizen, UUID applicationId) {
        requireCitizen(citizen);
        // the view is read after the commit: the transaction (and the audit chain's lock) stays as short as it can
        return view(Objects.requireNonNull(transactions.execute(tx -> submitted(citizen, applicationId))));
    }

    private ApplicationRow submitted(Viewer citizen, UUID applicationId) {
        ApplicationRow app = store.lock(citizen.tenant(), applicationId)
                .filter(row -> row.applicantId().equals(citizen.accountId()))
                .orElseThrow(() -> new NotFoundException("application", applicationId.toString()));
        if (app.status() != ApplicationStatus.DRAFT) {
            return app;
        }
        List<FormError> problems = problems(app);
        if (!problems.isEmpty()) {
            InvalidInputsException.throwIfAny(problems.stream()
                    .map(p -> new InvalidInputException(p.field(), p.messageKey(), "Invalid " + p.field(), p.arguments().toArray()))
                    .toList());
        }
        Instant now = now();
        Subject subject = subjectOf(app);
        List<ResolvedPart> parts = new ArrayList<>();
        for (ServiceDefinition service : subject.services()) {
            parts.add(new ResolvedPart(service, service.workflow().stream()
                    .map(stage -> stage.steps().stream().map(step -> resolve(app, service, step)).toList()).toList()));
        }
        String code = newTrackingCode(app.tenant());
        Instant due = SlaClock.start(workingDays, now, subject.slaDays()).due();
        store.markSubmitted(app.tenant(), app.id(), code, subject.slaDays(), now, due);
        store.addTimeline(app.tenant(), app.id(), now, "submitted", app.responsibleAgency(), null, null, null);
        Set<String> agencies = new LinkedHashSet<>();
        List<PartRow> inserted = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            ResolvedPart resolved = parts.get(p);
            PartRow part = new PartRow(Ids.newId(), app.id(), p, resolved.service().code(), resolved.service().version(),
                    PartStatus.IN_PROGRESS, null);
            store.insertPart(app.tenant(), part);
            inserted.add(part);
            for (int s = 0; s < resolved.stages().size(); s++) {
                WorkflowStage stage = resolved.service().workflow().get(s);
                for (int i = 0; i < stage.steps().size(); i++) {
                    WorkflowStep step = stage.steps().get(i);
                    String agency = resolved.stages().get(s).get(i);
                    agencies.add(agency);
                    store.insertStep(new StepRow(Ids.newId(), app.tenant(), app.id(), part.id(), s, i, step.code(),
                            step.names().id(), step.names().en(), agency, step.role().orElse(null), step.automatic(),
                            StepStatus.WAITING, null, step.slaWorkingDays(), null, null, 0, null, null, null, null));
                }
            }
        }
        events.publishEvent(new ApplicationSubmitted(app.tenant(), app.id(), code, app.subjectCode(), app.bundle(),
                List.copyOf(agencies), now, due));
        events.publishEvent(new ApplicationStatusChanged(app.tenant(), app.id(), "submitted"));
        boolean partFinished = false;
        for (PartRow part : inserted) { // just written, in position order: no need to read them back
            partFinished |= progress(app.tenant(), app.id(), part.id(), now);
        }
        if (partFinished) { // only a finished part can finish the application (all steps automatic)
            finishIfDone(app.tenant(), app.id(), now);
        }
        // last: the tenant's audit chain is locked from here to the commit, and every submission takes that lock
        audit.record(app.tenant(), "application.submitted", "application", app.id().toString(),
                Map.of("trackingCode", code, "subject", app.subjectCode()));
        return store.find(app.tenant(), app.id()).orElseThrow();
    }

    private record ResolvedPart(ServiceDefinition service, List<List<String>> stages) {
    }

    private String newTrackingCode(TenantId tenant) {
        for (int attempt = 0; ; attempt++) {
            String code = TrackingCode.generate(properties.trackingPrefix()).value();
            if (store.findByTrackingCode(tenant, code).isEmpty() || attempt > 5) {
                return code;
            }
        }
    }

    /** The agency code a step is routed to: its own, or the office of the applicant's kelurahan / kecamatan. */
    private String resolve(ApplicationRow app, ServiceDefinition service, WorkflowStep step) {
        String code = step.agency().orElse(service.agency());
        boolean kelurahan = WorkflowStep.APPLICANT_KELURAHAN.equals(code);
        if (!kelurahan && !WorkflowStep.APPLICANT_KECAMATAN.equals(code)) {
            return code;
        }
        String region = Objects.requireNonNull(app.kelurahanCode(), "kelurahan checked before");
        String wanted = kelurahan ? region : region.substring(0, region.lastIndexOf('.'));
        AgencyKind kind = kelurahan ? AgencyKind.KELURAHAN : AgencyKind.KECAMATAN;
        return organisation.officeOf(app.tenant(), kind, wanted).map(AgencyView::code)
                .orElseThrow(() -> new InvalidInputException("kelurahan", "application.kelurahan.unserved",
                        "No office serves " + wanted, wanted));
    }

    @Override
    @Transactional
    public ApplicationView answerCorrection(Viewer citizen, UUID applicationId, String message) {
        requireCitizen(citizen);
        String answer = text("message", message, true);
        ApplicationRow app = store.lock(citizen.tenant(), applicationId)
                .filter(row -> row.applicantId().equals(citizen.accountId()))
                .orElseThrow(() -> new NotFoundException("application", applicationId.toString()));
        if (app.status() != ApplicationStatus.NEEDS_CORRECTION) {
            throw new ConflictException("application.correction.notAsked", "No correction was asked for");
        }
        forget(app);
        List<FormError> formErrors = catalog.validate(subjectOf(app).formSchema(), json.readTree(app.formData()));
        if (!formErrors.isEmpty()) {
            InvalidInputsException.throwIfAny(formErrors.stream()
                    .map(p -> new InvalidInputException(p.field(), p.messageKey(), "Invalid " + p.field(), p.arguments().toArray()))
                    .toList());
        }
        Instant now = now();
        for (StepRow step : store.steps(app.tenant(), app.id())) {
            if (step.status() == StepStatus.CORRECTION) {
                SlaClock resumed = step.clock(workingDays).resume(now);
                store.updateClock(app.tenant(), step.id(), StepStatus.CLAIMED, null, null, resumed.pausedWorkingDays(), resumed.due());
            }
        }
        SlaClock resumed = app.clock(workingDays).resume(now);
        store.updateStatusAndClock(app.tenant(), app.id(), ApplicationStatus.IN_PROGRESS, null, resumed.pausedWorkingDays(),
                resumed.due(), now);
        store.addTimeline(app.tenant(), app.id(), now, "correction-answered", null, null, null, answer);
        audit.record(app.tenant(), "application.correction-answered", "application", app.id().toString());
        events.publishEvent(new ApplicationStatusChanged(app.tenant(), app.id(), "correction-answered"));
        return view(store.find(app.tenant(), app.id()).orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApplicationView> mine(Viewer citizen) {
        requireCitizen(citizen);
        return store.ofApplicant(citizen.tenant(), citizen.accountId()).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApplicationView> find(Viewer viewer, UUID applicationId) {
        return store.find(viewer.tenant(), applicationId).filter(app -> maySee(viewer, app)).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApplicationView> findByTrackingCode(Viewer viewer, String trackingCode) {
        return TrackingCode.parse(trackingCode)
                .flatMap(code -> store.findByTrackingCode(viewer.tenant(), code.value()))
                .filter(app -> maySee(viewer, app)).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(Viewer viewer, UUID applicationId) {
        ApplicationRow app = visible(viewer, applicationId);
        return store.timeline(app.tenant(), app.id());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FileContent> attachment(Viewer viewer, UUID applicationId, UUID attachmentId) {
        return store.find(viewer.tenant(), applicationId).filter(app -> maySee(viewer, app))
                .flatMap(app -> store.fileContent(app.tenant(), app.id(), attachmentId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FileContent> issuedDocument(Viewer viewer, UUID applicationId, UUID partId) {
        return store.find(viewer.tenant(), applicationId).filter(app -> maySee(viewer, app))
                .flatMap(app -> store.parts(app.tenant(), app.id()).stream().filter(part -> part.id().equals(partId)).findFirst()
                        .flatMap(part -> Optional.ofNullable(part.documentId()))
                        .flatMap(documentId -> documents.pdf(app.tenant(), documentId))
                        .map(pdf -> new FileContent(app.trackingCode() + "-" + partId.toString().substring(0, 8) + ".pdf",
                                "application/pdf", pdf)));
    }

    @Override
    public Optional<PublicStatus> publicStatus(TenantId tenant, String trackingCode) {
        return TrackingCode.parse(trackingCode)
                .flatMap(code -> publicStatuses.get(tenant.code() + "/" + code.value(), key -> loadPublicStatus(tenant, code.value())));
    }

    private Optional<PublicStatus> loadPublicStatus(TenantId tenant, String trackingCode) {
        return store.findByTrackingCode(tenant, trackingCode)
                .filter(app -> app.status() != ApplicationStatus.DRAFT)
                .map(app -> {
                    Instant now = now();
                    Map<UUID, String> services = store.parts(tenant, app.id()).stream()
                            .collect(Collectors.toMap(PartRow::id, PartRow::serviceCode));
                    List<PublicStatus.PublicStep> steps = store.steps(tenant, app.id()).stream()
                            .filter(step -> step.status() != StepStatus.CANCELLED)
                            .map(step -> new PublicStatus.PublicStep(services.get(step.partId()), step.nameId(), step.nameEn(),
                                    step.agencyCode(), step.status(), Optional.ofNullable(step.dueAt()),
                                    Optional.ofNullable(step.completedAt())))
                            .toList();
                    List<TimelineEntry> timeline = store.timeline(tenant, app.id()).stream()
                            .map(entry -> new TimelineEntry(entry.at(), entry.kind(), entry.agencyCode(), entry.stepNameId(),
                                    entry.stepNameEn(), Optional.empty()))
                            .toList();
                    return new PublicStatus(app.trackingCode(), app.subjectCode(), app.bundle(), app.status(),
                            Objects.requireNonNull(app.submittedAt()), Objects.requireNonNull(app.dueAt()),
                            Optional.ofNullable(app.completedAt()), overdue(app, now), steps, timeline);
                });
    }

    // =====================================================================================================
    // officers
    // =====================================================================================================

    @Override
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(Viewer officer, InboxQuery query) {
        String agency = agencyOf(officer);
        Instant now = now();
        return store.inbox(officer.tenant(), agency, officer.accountId(), query, now, step -> stepView(step, now));
    }

    @Override
    @Transactional(readOnly = true)
    public int inboxCount(Viewer officer, InboxQuery query) {
        return store.inboxCount(officer.tenant(), agencyOf(officer), officer.accountId(), query, now());
    }

    @Override
    @Transactional
    public StepView claim(Viewer officer, UUID stepId) {
        Locked locked = lockStep(officer, stepId);
        StepRow step = locked.step();
        mayDecide(officer, step);
        if (step.status() == StepStatus.CLAIMED && officer.accountId().equals(step.assigneeId())) {
            return stepView(step, now());
        }
        if (!store.transition(officer.tenant(), stepId, StepStatus.OPEN, StepStatus.CLAIMED, officer.accountId())) {
            throw new ConflictException("application.step.taken", "The step is no longer open: " + step.status());
        }
        audit.record(officer.tenant(), "application.step.claimed", "application-step", stepId.toString(),
                Map.of("application", step.applicationId().toString()));
        return reload(officer.tenant(), stepId);
    }

    @Override
    @Transactional
    public StepView release(Viewer officer, UUID stepId) {
        StepRow step = lockStep(officer, stepId).step();
        requireHolder(officer, step);
        store.transition(officer.tenant(), stepId, StepStatus.CLAIMED, StepStatus.OPEN, null);
        audit.record(officer.tenant(), "application.step.released", "application-step", stepId.toString(),
                Map.of("application", step.applicationId().toString()));
        return reload(officer.tenant(), stepId);
    }

    @Override
    @Transactional
    public StepView approve(Viewer officer, UUID stepId, Optional<String> note) {
        Locked locked = lockStep(officer, stepId);
        StepRow step = locked.step();
        requireHolder(officer, step);
        Optional<String> text = note.filter(n -> !n.isBlank()).map(n -> text("note", n, false));
        Instant now = now();
        store.decide(officer.tenant(), stepId, StepStatus.APPROVED, null, now);
        text.ifPresent(body -> store.addNote(officer.tenant(), step.applicationId(), newNote(officer, step.agencyCode(), body, now)));
        completed(locked.application(), step, StepStatus.APPROVED, now);
        if (progress(officer.tenant(), step.applicationId(), step.partId(), now)) {
            finishIfDone(officer.tenant(), step.applicationId(), now);
        }
        return reload(officer.tenant(), stepId);
    }

    @Override
    @Transactional
    public StepView reject(Viewer officer, UUID stepId, String reason) {
        String why = text("reason", reason, true);
        Locked locked = lockStep(officer, stepId);
        StepRow step = locked.step();
        requireHolder(officer, step);
        Instant now = now();
        store.decide(officer.tenant(), stepId, StepStatus.REJECTED, why, now);
        completed(locked.application(), step, StepStatus.REJECTED, now, why);
        if (progress(officer.tenant(), step.applicationId(), step.partId(), now)) {
            finishIfDone(officer.tenant(), step.applicationId(), now);
        }
        return reload(officer.tenant(), stepId);
    }

    @Override
    @Transactional
    public StepView requestCorrection(Viewer officer, UUID stepId, String message) {
        String asked = text("message", message, true);
        Locked locked = lockStep(officer, stepId);
        StepRow step = locked.step();
        requireHolder(officer, step);
        ApplicationRow app = locked.application();
        Instant now = now();
        SlaClock paused = step.clock(workingDays).pause(now);
        store.updateClock(officer.tenant(), stepId, StepStatus.CORRECTION, asked, now, paused.pausedWorkingDays(), paused.due());
        if (app.status() == ApplicationStatus.IN_PROGRESS) {
            SlaClock appPaused = app.clock(workingDays).pause(now);
            store.updateStatusAndClock(app.tenant(), app.id(), ApplicationStatus.NEEDS_CORRECTION, now,
                    appPaused.pausedWorkingDays(), appPaused.due(), now);
        }
        store.addTimeline(app.tenant(), app.id(), now, "correction-requested", step.agencyCode(), step.nameId(), step.nameEn(), asked);
        audit.record(app.tenant(), "application.correction-requested", "application-step", stepId.toString(),
                Map.of("application", app.id().toString()));
        events.publishEvent(new ApplicationStatusChanged(app.tenant(), app.id(), "correction-requested"));
        return reload(officer.tenant(), stepId);
    }

    @Override
    @Transactional
    public StepView handOver(Viewer officer, UUID stepId, String targetAgencyCode, String reason) {
        String why = text("reason", reason, true);
        Locked locked = lockStep(officer, stepId);
        StepRow step = locked.step();
        boolean holds = step.status() == StepStatus.OPEN
                || (step.status() == StepStatus.CLAIMED && officer.accountId().equals(step.assigneeId()));
        if (!holds) {
            throw new ConflictException("application.step.notHeld", "Only an open step or one you claimed can be handed over");
        }
        AgencyView target = organisation.agencyByCode(officer.tenant(), targetAgencyCode.strip()).filter(AgencyView::active)
                .orElseThrow(() -> new InvalidInputException("agency", "application.handover.unknownAgency",
                        "No such agency: " + targetAgencyCode, targetAgencyCode));
        if (target.code().equals(step.agencyCode())) {
            throw new InvalidInputException("agency", "application.handover.sameAgency", "The step is already with " + target.code());
        }
        Instant now = now();
        store.handOver(officer.tenant(), stepId, target.code());
        store.addNote(officer.tenant(), step.applicationId(), newNote(officer, step.agencyCode(),
                "→ " + target.code() + ": " + why, now));
        store.addTimeline(officer.tenant(), step.applicationId(), now, "handed-over", target.code(), step.nameId(), step.nameEn(), null);
        audit.record(officer.tenant(), "application.step.handed-over", "application-step", stepId.toString(),
                Map.of("application", step.applicationId().toString(), "from", step.agencyCode(), "to", target.code()));
        return reload(officer.tenant(), stepId);
    }

    @Override
    @Transactional
    public Note addNote(Viewer officer, UUID applicationId, String body) {
        String agency = agencyOf(officer);
        ApplicationRow app = visible(officer, applicationId);
        Note note = newNote(officer, agency, text("body", body, true), now());
        store.addNote(officer.tenant(), app.id(), note);
        return note;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Note> notes(Viewer officer, UUID applicationId) {
        agencyOf(officer);
        ApplicationRow app = visible(officer, applicationId);
        return store.notes(officer.tenant(), app.id());
    }

    @Override
    @Transactional(readOnly = true)
    public AgencyLoad load(Viewer head) {
        if (!head.has(Role.AGENCY_HEAD)) {
            throw new NotFoundException("agency-load", head.accountId().toString());
        }
        String agency = agencyOf(head);
        Instant now = now();
        Instant monthAgo = now.minus(30, ChronoUnit.DAYS);
        int open = 0;
        int claimed = 0;
        int waiting = 0;
        int overdue = 0;
        int decided = 0;
        int late = 0;
        Map<UUID, int[]> perOfficer = new LinkedHashMap<>();
        for (Map<String, Object> row : store.agencyCounts(head.tenant(), agency)) {
            String status = (String) row.get("status");
            Instant due = (Instant) row.get("due");
            boolean breached = (Boolean) row.get("breached");
            boolean paused = (Boolean) row.get("paused");
            UUID assignee = (UUID) row.get("assignee");
            boolean isOverdue = breached || (!paused && due != null && due.isBefore(now));
            switch (status) {
                case "OPEN" -> open++;
                case "CLAIMED" -> claimed++;
                case "CORRECTION" -> waiting++;
                default -> {
                    Instant completed = (Instant) row.get("completed");
                    if (!(Boolean) row.get("automatic") && completed != null && completed.isAfter(monthAgo)) {
                        decided++;
                        if (breached || (due != null && completed.isAfter(due))) {
                            late++;
                        }
                    }
                    continue;
                }
            }
            if (isOverdue) {
                overdue++;
            }
            if (assignee != null) {
                int[] counts = perOfficer.computeIfAbsent(assignee, id -> new int[2]);
                counts[0]++;
                if (isOverdue) {
                    counts[1]++;
                }
            }
        }
        List<AgencyLoad.OfficerLoad> officers = perOfficer.entrySet().stream()
                .map(e -> new AgencyLoad.OfficerLoad(e.getKey(), accounts.find(head.tenant(), e.getKey())
                        .map(id.satupintu.identity.AccountView::displayName).orElse("?"), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(AgencyLoad.OfficerLoad::holding).reversed())
                .toList();
        List<InboxItem> overdueItems = store.inbox(head.tenant(), agency, head.accountId(),
                new InboxQuery(Optional.empty(), false, true, Optional.empty(), false, InboxQuery.Sort.DUE, 50, 0),
                now, step -> stepView(step, now));
        return new AgencyLoad(agency, open, claimed, waiting, overdue, decided, late, officers, overdueItems);
    }

    // =====================================================================================================
    // SLA breaches
    // =====================================================================================================

    @Override
    public int detectBreaches() {
        Instant now = now();
        int recorded = 0;
        for (StepRow step : store.overdueSteps(now, 500)) {
            Boolean marked = transactions.execute(tx -> {
                if (!store.markStepBreached(step.id(), now)) {
                    return false; // another node was first
                }
                ApplicationRow app = store.find(step.tenant(), step.applicationId()).orElseThrow();
                forget(app);
                store.addTimeline(step.tenant(), app.id(), now, "sla-breached", step.agencyCode(), step.nameId(), step.nameEn(), null);
                audit.record(step.tenant(), "application.sla-breached", "application-step", step.id().toString(),
                        Map.of("application", app.id().toString(), "agency", step.agencyCode()));
                events.publishEvent(new id.satupintu.applications.SlaBreached(step.tenant(), app.id(),
                        Objects.requireNonNull(app.trackingCode()), Optional.of(step.id()), step.agencyCode(),
                        Objects.requireNonNull(step.dueAt()), now));
                return true;
            });
            recorded += Boolean.TRUE.equals(marked) ? 1 : 0;
        }
        for (ApplicationRow app : store.overdueApplications(now, 500)) {
            Boolean marked = transactions.execute(tx -> {
                if (!store.markBreached(app.id(), now)) {
                    return false;
                }
                forget(app);
                audit.record(app.tenant(), "application.sla-breached", "application", app.id().toString(),
                        Map.of("agency", app.responsibleAgency()));
                events.publishEvent(new id.satupintu.applications.SlaBreached(app.tenant(), app.id(),
                        Objects.requireNonNull(app.trackingCode()), Optional.empty(), app.responsibleAgency(),
                        Objects.requireNonNull(app.dueAt()), now));
                return true;
            });
            recorded += Boolean.TRUE.equals(marked) ? 1 : 0;
        }
        if (recorded > 0) {
            log.info("Recorded {} SLA breach(es)", recorded);
        }
        return recorded;
    }

    // =====================================================================================================
    // workflow
    // =====================================================================================================

    /** Opens the next stage of a part when the current one is done, or finishes the part. */
    /**
     * Moves a part on as far as it goes: opens its next stage, runs automatic steps, and finishes the part when a
     * step was rejected or every step approved. True when the part is finished afterwards (only then can the
     * application be finished; callers check that with {@link #finishIfDone}).
     */
    private boolean progress(TenantId tenant, UUID applicationId, UUID partId, Instant now) {
        while (true) {
            List<StepRow> steps = store.steps(tenant, applicationId).stream().filter(s -> s.partId().equals(partId)).toList();
            PartRow part = store.parts(tenant, applicationId).stream().filter(p -> p.id().equals(partId)).findFirst().orElseThrow();
            if (part.status().finished()) {
                return true;
            }
            if (steps.stream().anyMatch(s -> s.status() == StepStatus.REJECTED)) {
                for (StepRow other : steps) {
                    if (!other.status().finished()) {
                        store.decide(tenant, other.id(), StepStatus.CANCELLED, null, now);
                    }
                }
                store.finishPart(tenant, partId, PartStatus.REJECTED, null, now);
                return true;
            }
            Optional<Integer> current = steps.stream().filter(s -> s.status() != StepStatus.APPROVED).map(StepRow::stage)
                    .min(Integer::compare);
            if (current.isEmpty()) {
                grant(tenant, applicationId, part, now);
                return true;
            }
            List<StepRow> stage = steps.stream().filter(s -> s.stage() == current.get()).toList();
            List<StepRow> waiting = stage.stream().filter(s -> s.status() == StepStatus.WAITING).toList();
            if (waiting.isEmpty()) {
                return false; // the stage is being worked on
            }
            boolean automaticDone = false;
            for (StepRow step : waiting) {
                Instant due = SlaClock.start(workingDays, now, step.slaDays()).due();
                store.open(tenant, step.id(), now, due);
                if (step.automatic()) {
                    store.decide(tenant, step.id(), StepStatus.APPROVED, null, now);
                    ApplicationRow app = store.find(tenant, applicationId).orElseThrow();
                    completed(app, step, StepStatus.APPROVED, now);
                    automaticDone = true;
                } else {
                    store.addTimeline(tenant, applicationId, now, "step-opened", step.agencyCode(), step.nameId(), step.nameEn(), null);
                }
            }
            if (!automaticDone) {
                return false;
            }
        }
    }

    private void completed(ApplicationRow app, StepRow step, StepStatus outcome, Instant now) {
        completed(app, step, outcome, now, null);
    }

    private void completed(ApplicationRow app, StepRow step, StepStatus outcome, Instant now, @Nullable String reason) {
        String kind = outcome == StepStatus.APPROVED ? "step-approved" : "step-rejected";
        store.addTimeline(app.tenant(), app.id(), now, kind, step.agencyCode(), step.nameId(), step.nameEn(), reason);
        audit.record(app.tenant(), "application." + kind, "application-step", step.id().toString(),
                Map.of("application", app.id().toString(), "agency", step.agencyCode(), "automatic", String.valueOf(step.automatic())));
        String service = store.parts(app.tenant(), app.id()).stream().filter(p -> p.id().equals(step.partId()))
                .map(PartRow::serviceCode).findFirst().orElse(app.subjectCode());
        boolean late = step.breachedAt() != null || (step.dueAt() != null && now.isAfter(step.dueAt()));
        events.publishEvent(new StepCompleted(app.tenant(), app.id(), Objects.requireNonNull(app.trackingCode()), step.id(),
                step.code(), step.agencyCode(), service, outcome, step.automatic(), now, late));
        if (!step.automatic()) {
            events.publishEvent(new ApplicationStatusChanged(app.tenant(), app.id(), kind));
        }
    }

    /** A part whose every step was approved: its document is issued. */
    private void grant(TenantId tenant, UUID applicationId, PartRow part, Instant now) {
        ApplicationRow app = store.find(tenant, applicationId).orElseThrow();
        ServiceDefinition service = catalog.service(tenant, part.serviceCode(), part.serviceVersion()).orElseThrow();
        String holder = accounts.find(tenant, app.applicantId()).map(id.satupintu.identity.AccountView::displayName).orElse("-");
        String issuer = organisation.agencyByCode(tenant, service.agency()).map(AgencyView::nameId).orElse(service.agency());
        String number = app.trackingCode() + (app.bundle() ? "/" + (part.position() + 1) : "");
        var output = service.output().orElse(service.names());
        var issued = documents.issue(tenant, new id.satupintu.documents.DocumentToIssue(output.id(), output.en(), number, holder,
                issuer, List.of(
                new id.satupintu.documents.DocumentToIssue.Field("en".equals(app.language()) ? "Service" : "Layanan", service.names().in(app.language())),
                new id.satupintu.documents.DocumentToIssue.Field("en".equals(app.language()) ? "Application" : "Nomor permohonan", Objects.requireNonNull(app.trackingCode())),
                new id.satupintu.documents.DocumentToIssue.Field("en".equals(app.language()) ? "Submitted" : "Tanggal permohonan",
                        java.time.LocalDate.ofInstant(Objects.requireNonNull(app.submittedAt()), id.satupintu.shared.Clocks.JAKARTA).toString())),
                Objects.requireNonNull(app.trackingCode()), app.language()));
        store.finishPart(tenant, part.id(), PartStatus.GRANTED, issued.id(), now);
        store.addTimeline(tenant, applicationId, now, "document-issued", service.agency(), output.id(), output.en(), null);
    }

    private void finishIfDone(TenantId tenant, UUID applicationId, Instant now) {
        List<PartRow> parts = store.parts(tenant, applicationId);
        if (parts.stream().anyMatch(part -> !part.status().finished())) {
            return;
        }
        ApplicationRow app = store.find(tenant, applicationId).orElseThrow();
        if (app.status().finished()) {
            return;
        }
        ApplicationStatus outcome = parts.stream().anyMatch(p -> p.status() == PartStatus.GRANTED)
                ? ApplicationStatus.COMPLETED : ApplicationStatus.REJECTED;
        store.finish(tenant, applicationId, outcome, now);
        String kind = outcome == ApplicationStatus.COMPLETED ? "completed" : "rejected";
        store.addTimeline(tenant, applicationId, now, kind, app.responsibleAgency(), null, null, null);
        audit.record(tenant, "application." + kind, "application", applicationId.toString());
        boolean late = app.breachedAt() != null || (app.dueAt() != null && now.isAfter(app.dueAt()));
        events.publishEvent(new ApplicationCompleted(tenant, applicationId, Objects.requireNonNull(app.trackingCode()),
                app.subjectCode(), app.responsibleAgency(), outcome, Objects.requireNonNull(app.submittedAt()), now, late));
        events.publishEvent(new ApplicationStatusChanged(tenant, applicationId, kind));
    }

    // =====================================================================================================
    // access
    // =====================================================================================================

    private record Locked(ApplicationRow application, StepRow step) {
    }

    /** Locks the step's application, then reads the step; another agency's step is not found. */
    private Locked lockStep(Viewer officer, UUID stepId) {
        String agency = agencyOf(officer);
        StepRow unlocked = store.step(officer.tenant(), stepId).filter(step -> step.agencyCode().equals(agency))
                .orElseThrow(() -> new NotFoundException("step", stepId.toString()));
        ApplicationRow app = store.lock(officer.tenant(), unlocked.applicationId()).orElseThrow();
        forget(app);
        StepRow step = store.step(officer.tenant(), stepId).filter(s -> s.agencyCode().equals(agency))
                .orElseThrow(() -> new NotFoundException("step", stepId.toString()));
        return new Locked(app, step);
    }

    private void mayDecide(Viewer officer, StepRow step) {
        if (step.automatic()) {
            throw new ConflictException("application.step.automatic", "Automatic steps need no officer");
        }
        if (step.role() == Role.AGENCY_HEAD && !officer.has(Role.AGENCY_HEAD)) {
            throw new ConflictException("application.step.headOnly", "Only the agency head decides this step");
        }
    }

    private void requireHolder(Viewer officer, StepRow step) {
        mayDecide(officer, step);
        if (step.status() != StepStatus.CLAIMED || !officer.accountId().equals(step.assigneeId())) {
            throw new ConflictException("application.step.notHeld", "Claim the step first (it is " + step.status() + ")");
        }
    }

    /** The agency code of an officer or agency head; anyone else has no inbox. */
    private String agencyOf(Viewer viewer) {
        if (!viewer.has(Role.OFFICER) && !viewer.has(Role.AGENCY_HEAD)) {
            throw new NotFoundException("inbox", viewer.accountId().toString());
        }
        return viewer.agencyId().flatMap(id -> organisation.agency(viewer.tenant(), id)).map(AgencyView::code)
                .orElseThrow(() -> new NotFoundException("inbox", viewer.accountId().toString()));
    }

    private boolean maySee(Viewer viewer, ApplicationRow app) {
        if (!app.tenant().equals(viewer.tenant())) {
            return false;
        }
        if (viewer.has(Role.CITIZEN) && app.applicantId().equals(viewer.accountId())) {
            return true;
        }
        if ((viewer.has(Role.OFFICER) || viewer.has(Role.AGENCY_HEAD)) && app.status() != ApplicationStatus.DRAFT) {
            Optional<String> agency = viewer.agencyId().flatMap(id -> organisation.agency(viewer.tenant(), id)).map(AgencyView::code);
            return agency.isPresent() && store.routedTo(app.tenant(), app.id(), agency.get());
        }
        return false;
    }

    private ApplicationRow visible(Viewer viewer, UUID applicationId) {
        return store.find(viewer.tenant(), applicationId).filter(app -> maySee(viewer, app))
                .orElseThrow(() -> new NotFoundException("application", applicationId.toString()));
    }

    private ApplicationRow own(Viewer citizen, UUID applicationId) {
        requireCitizen(citizen);
        return store.find(citizen.tenant(), applicationId).filter(app -> app.applicantId().equals(citizen.accountId()))
                .orElseThrow(() -> new NotFoundException("application", applicationId.toString()));
    }

    private ApplicationRow ownEditable(Viewer citizen, UUID applicationId) {
        ApplicationRow app = own(citizen, applicationId);
        if (app.status() != ApplicationStatus.DRAFT && app.status() != ApplicationStatus.NEEDS_CORRECTION) {
            throw new ConflictException("application.notEditable", "A submitted application can only change when a correction is asked for");
        }
        return app;
    }

    private static void requireCitizen(Viewer viewer) {
        if (!viewer.has(Role.CITIZEN)) {
            throw new NotFoundException("application", viewer.accountId().toString());
        }
    }

    // =====================================================================================================
    // views and small things
    // =====================================================================================================

    private ApplicationView view(ApplicationRow app) {
        Instant now = now();
        List<StepRow> steps = app.status() == ApplicationStatus.DRAFT ? List.of() : store.steps(app.tenant(), app.id());
        List<PartView> parts = store.parts(app.tenant(), app.id()).stream()
                .map(part -> new PartView(part.id(), part.serviceCode(), part.serviceVersion(), part.status(),
                        Optional.ofNullable(part.documentId()),
                        steps.stream().filter(s -> s.partId().equals(part.id())).map(s -> stepView(s, now)).toList()))
                .toList();
        return new ApplicationView(app.id(), app.tenant(), Optional.ofNullable(app.trackingCode()), app.applicantId(),
                app.subjectCode(), app.bundle(), app.subjectVersion(), Optional.ofNullable(app.kelurahanCode()), app.formData(),
                app.status(), app.language(), app.createdAt(), Optional.ofNullable(app.submittedAt()),
                Optional.ofNullable(app.dueAt()), Optional.ofNullable(app.completedAt()), overdue(app, now), parts,
                store.files(app.tenant(), app.id()));
    }

    private static boolean overdue(ApplicationRow app, Instant now) {
        if (app.breachedAt() != null) {
            return true;
        }
        if (app.dueAt() == null) {
            return false;
        }
        if (app.status().finished()) {
            return app.completedAt() != null && app.completedAt().isAfter(app.dueAt());
        }
        return app.slaPausedSince() == null && now.isAfter(app.dueAt());
    }

    private StepView stepView(StepRow step, Instant now) {
        boolean overdue = step.breachedAt() != null || (step.dueAt() != null && (step.status().finished()
                ? step.completedAt() != null && step.status() != StepStatus.CANCELLED && step.completedAt().isAfter(step.dueAt())
                : step.status().active() && step.slaPausedSince() == null && now.isAfter(step.dueAt())));
        return new StepView(step.id(), step.applicationId(), step.partId(), step.stage(), step.code(), step.nameId(), step.nameEn(),
                step.agencyCode(), Optional.ofNullable(step.role()), step.automatic(), step.status(),
                Optional.ofNullable(step.assigneeId()), Optional.ofNullable(step.dueAt()), overdue,
                Optional.ofNullable(step.slaPausedSince()), Optional.ofNullable(step.reason()), Optional.ofNullable(step.completedAt()));
    }

    /** Drops the cached public status of a case this node changes (other nodes' copies age out within the TTL). */
    private void forget(ApplicationRow app) {
        if (app.trackingCode() != null) {
            publicStatuses.invalidate(app.tenant().code() + "/" + app.trackingCode());
        }
    }

    private StepView reload(TenantId tenant, UUID stepId) {
        return stepView(store.step(tenant, stepId).orElseThrow(), now());
    }

    private Note newNote(Viewer officer, String agency, String body, Instant at) {
        return new Note(Ids.newId(), at, officer.accountId(), officer.displayName(), agency, body);
    }

    private static String text(String field, @Nullable String value, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() && required) {
            throw new InvalidInputException(field, "application.text.required", field + " is required");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "application.text.tooLong", field + " is longer than " + MAX_TEXT, MAX_TEXT);
        }
        return text;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String language() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "id";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    // ---- what was applied for: a service, or a bundle of services ----

    private record Subject(String code, int version, String responsibleAgency, int slaDays, String formSchema,
                           List<ServiceDefinition> services, List<DocumentRequirement> documents) {

        boolean needsArea() {
            return services.stream().flatMap(s -> s.workflow().stream()).flatMap(stage -> stage.steps().stream())
                    .flatMap(step -> step.agency().stream())
                    .anyMatch(code -> code.equals(WorkflowStep.APPLICANT_KELURAHAN) || code.equals(WorkflowStep.APPLICANT_KECAMATAN));
        }
    }

    private Optional<Subject> subject(TenantId tenant, String code, boolean bundle) {
        if (!bundle) {
            return catalog.service(tenant, code).map(service -> subjectOf(service));
        }
        return catalog.bundle(tenant, code).map(b -> subjectOf(tenant, b, Map.of()));
    }

    private static Subject subjectOf(ServiceDefinition service) {
        return new Subject(service.code(), service.version(), service.agency(), service.slaWorkingDays(), service.formSchema(),
                List.of(service), service.documents());
    }

    private Subject subjectOf(TenantId tenant, Bundle bundle, Map<String, Integer> versions) {
        List<ServiceDefinition> services = bundle.services().stream()
                .map(code -> (versions.containsKey(code) ? catalog.service(tenant, code, versions.get(code)) : catalog.service(tenant, code))
                        .orElseThrow(() -> new IllegalStateException("Bundle " + bundle.code() + " names unknown service " + code)))
                .toList();
        Map<String, DocumentRequirement> documents = new LinkedHashMap<>();
        services.forEach(service -> service.documents().stream()
                .filter(doc -> !bundle.documentsProvided().contains(doc.code()))
                .forEach(doc -> documents.merge(doc.code(), doc, (a, b) -> a.required() ? a : b)));
        return new Subject(bundle.code(), 0, services.getFirst().agency(), bundle.slaWorkingDays(), bundle.formSchema(),
                services, List.copyOf(documents.values()));
    }

    /** The subject as filed: the service version it was started under; a bundle's parts as they were submitted. */
    private Subject subjectOf(ApplicationRow app) {
        if (!app.bundle()) {
            return catalog.service(app.tenant(), app.subjectCode(), app.subjectVersion()).map(ApplicationService::subjectOf)
                    .orElseThrow(() -> new IllegalStateException("Service version gone: " + app.subjectCode() + " v" + app.subjectVersion()));
        }
        Map<String, Integer> versions = store.parts(app.tenant(), app.id()).stream()
                .collect(Collectors.toMap(PartRow::serviceCode, PartRow::serviceVersion, (a, b) -> a));
        Bundle bundle = catalog.bundle(app.tenant(), app.subjectCode())
                .orElseThrow(() -> new IllegalStateException("Bundle gone: " + app.subjectCode()));
        return subjectOf(app.tenant(), bundle, versions);
    }
}
