package id.satupintu.applications.internal;

import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Attachment;
import id.satupintu.applications.internal.Subjects.Subject;
import id.satupintu.catalog.Catalog;
import id.satupintu.catalog.FormError;
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
import java.util.UUID;

/**
 * The citizen hands the application over: submission under a tracking code (one transaction: the row, its parts and
 * steps in batches, the timeline, the events and the audit entry, nothing read back), and answers to corrections.
 */
@Service
class Submission {

    private static final int MAX_TEXT = 2000;

    private final ApplicationRepository applications;
    private final ApplicationStore store;
    private final Access access;
    private final Drafting drafting;
    private final Subjects subjects;
    private final Catalog catalog;
    private final ApplicationViews views;
    private final ApplicationsProperties properties;
    private final Clock clock;
    private final ObjectMapper json;

    Submission(ApplicationRepository applications, ApplicationStore store, Access access, Drafting drafting,
               Subjects subjects, Catalog catalog, ApplicationViews views, ApplicationsProperties properties, Clock clock,
               ObjectMapper json) {
        this.applications = applications;
        this.store = store;
        this.access = access;
        this.drafting = drafting;
        this.subjects = subjects;
        this.catalog = catalog;
        this.views = views;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
    }

    /** Idempotent: an application already submitted is returned as it is (double click, retry). */
    @Transactional
    ApplicationView submit(Viewer citizen, UUID applicationId) {
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
    @Transactional
    ApplicationView answerCorrection(Viewer citizen, UUID applicationId, String message) {
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
