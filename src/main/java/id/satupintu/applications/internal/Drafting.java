package id.satupintu.applications.internal;

import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Attachment;
import id.satupintu.applications.Drafts;
import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.applications.internal.Subjects.Subject;
import id.satupintu.catalog.Catalog;
import id.satupintu.catalog.DocumentRequirement;
import id.satupintu.catalog.FormError;
import id.satupintu.organisation.Organisation;
import id.satupintu.organisation.RegionLevel;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.Ids;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Viewer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The citizen drafting an application: starting it, answers, uploads, and what still stops its submission. */
@Service
class Drafting implements Drafts {

    private static final int MAX_FORM_BYTES = 64 * 1024;

    private final ApplicationStore store;
    private final Access access;
    private final Subjects subjects;
    private final Catalog catalog;
    private final Organisation organisation;
    private final UploadPolicy uploads;
    private final ApplicationViews views;
    private final Clock clock;
    private final ObjectMapper json;

    Drafting(ApplicationStore store, Access access, Subjects subjects, Catalog catalog, Organisation organisation,
             UploadPolicy uploads, ApplicationViews views, Clock clock, ObjectMapper json) {
        this.store = store;
        this.access = access;
        this.subjects = subjects;
        this.catalog = catalog;
        this.organisation = organisation;
        this.uploads = uploads;
        this.views = views;
        this.clock = clock;
        this.json = json;
    }

    @Override
    @Transactional
    public ApplicationView startDraft(Viewer citizen, String subjectCode, boolean bundle, Optional<String> idempotencyKey) {
        Access.requireCitizen(citizen);
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
        Subject subject = subjects.current(citizen.tenant(), subjectCode, bundle)
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
        return views.of(row, Access.citizen(citizen));
    }

    private ApplicationView sameRequest(ApplicationRow earlier, String subjectCode, boolean bundle) {
        Onlooker owner = new Onlooker(earlier.applicantId(), true, Optional.empty(), false);
        if (!earlier.subjectCode().equals(subjectCode) || earlier.bundle() != bundle) {
            throw new ConflictException("application.idempotencyKey.reused",
                    "This Idempotency-Key was used for another request (" + earlier.subjectCode() + ")");
        }
        return views.of(earlier, owner);
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
                    .filter(region -> region.level() == RegionLevel.KELURAHAN).isPresent();
            if (!known) {
                throw new InvalidInputException("kelurahan", "application.kelurahan.unknown", "No such kelurahan: " + code, code);
            }
            kelurahan = code;
        }
        store.saveAnswers(citizen.tenant(), applicationId, form, kelurahan, now());
        return views.of(store.find(citizen.tenant(), applicationId).orElseThrow(), Access.citizen(citizen));
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
        ApplicationRow app = access.own(citizen, applicationId);
        return problems(app, subjectOf(app), store.files(app.tenant(), app.id()));
    }

    /** Schema errors, missing required documents, a missing kelurahan where a step goes to the applicant's office. */
    List<FormError> problems(ApplicationRow app, Subject subject, List<Attachment> files) {
        List<FormError> problems = new ArrayList<>(catalog.validate(subject.formSchema(), json.readTree(app.formData())));
        Set<String> uploaded = files.stream().map(Attachment::documentCode).collect(Collectors.toSet());
        subject.documents().stream().filter(DocumentRequirement::required).filter(doc -> !uploaded.contains(doc.code()))
                .forEach(doc -> problems.add(new FormError(doc.code(), "application.document.missing", List.of(doc.names().id(), doc.names().en()))));
        if (subject.needsArea() && app.kelurahanCode() == null) {
            problems.add(new FormError("kelurahan", "application.kelurahan.missing", List.of()));
        }
        return problems;
    }

    /** What was applied for; only a submitted bundle's parts say which service versions it was filed under. */
    Subject subjectOf(ApplicationRow app) {
        return subjects.of(app, app.bundle() && app.status() != ApplicationStatus.DRAFT ? store.parts(app.tenant(), app.id()) : List.of());
    }

    /** The citizen's own application, while answers and uploads may change (the aggregate's EDIT move). */
    private ApplicationRow ownEditable(Viewer citizen, UUID applicationId) {
        ApplicationRow app = access.own(citizen, applicationId);
        ApplicationMove.EDIT.from(app.status());
        return app;
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
}
