package id.satupintu.applications.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Attachment;
import id.satupintu.applications.PartView;
import id.satupintu.applications.PublicStatus;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.StepView;
import id.satupintu.applications.TimelineEntry;
import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.applications.internal.Rows.PartRow;
import id.satupintu.applications.internal.Rows.StepRow;
import id.satupintu.shared.TenantId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Applications as their readers see them: from their rows, or from an aggregate just saved (no re-read). */
@Component
class ApplicationViews {

    private final ApplicationStore store;
    private final Clock clock;
    /** Public status by tenant and code: anonymous, high-volume, a few seconds old at most (and never across a change made here). */
    private final Cache<String, Optional<PublicStatus>> publicStatuses;

    ApplicationViews(ApplicationStore store, Clock clock, ApplicationsProperties properties) {
        this.store = store;
        this.clock = clock;
        this.publicStatuses = Caffeine.newBuilder().expireAfterWrite(properties.publicStatusTtl())
                .maximumSize(properties.publicStatusTtl().isZero() ? 0 : 50_000).build();
    }

    ApplicationView of(ApplicationRow app, Onlooker onlooker) {
        List<StepRow> steps = app.status() == ApplicationStatus.DRAFT ? List.of() : store.steps(app.tenant(), app.id());
        List<PartRow> parts = app.status() == ApplicationStatus.DRAFT ? List.of() : store.parts(app.tenant(), app.id());
        return of(app, parts, steps, store.files(app.tenant(), app.id()), onlooker);
    }

    /** The aggregate as its moves left it, with the uploads already read. */
    ApplicationView of(Application application, List<Attachment> files, Onlooker onlooker) {
        return of(application.row(), application.parts().stream().map(Part::row).toList(),
                application.steps().stream().map(Step::row).toList(), files, onlooker);
    }

    private ApplicationView of(ApplicationRow app, List<PartRow> partRows, List<StepRow> steps, List<Attachment> files,
                               Onlooker onlooker) {
        Instant now = now();
        List<PartView> parts = partRows.stream()
                .map(part -> new PartView(part.id(), part.serviceCode(), part.serviceVersion(), part.status(),
                        Optional.ofNullable(part.documentId()),
                        steps.stream().filter(s -> s.partId().equals(part.id())).map(s -> step(s, now, onlooker)).toList()))
                .toList();
        return new ApplicationView(app.id(), app.tenant(), Optional.ofNullable(app.trackingCode()), app.applicantId(),
                app.subjectCode(), app.bundle(), app.subjectVersion(), Optional.ofNullable(app.kelurahanCode()), app.formData(),
                app.status(), app.language(), app.createdAt(), Optional.ofNullable(app.submittedAt()),
                Optional.ofNullable(app.dueAt()), Optional.ofNullable(app.completedAt()), overdue(app, now), parts, files,
                onlooker.actions(app));
    }

    StepView step(StepRow step, Onlooker onlooker) {
        return step(step, now(), onlooker);
    }

    StepView step(StepRow step, Instant now, Onlooker onlooker) {
        boolean overdue = step.breachedAt() != null || (step.dueAt() != null && (step.status().finished()
                ? step.completedAt() != null && step.status() != StepStatus.CANCELLED && step.completedAt().isAfter(step.dueAt())
                : step.status().active() && step.slaPausedSince() == null && now.isAfter(step.dueAt())));
        return new StepView(step.id(), step.applicationId(), step.partId(), step.stage(), step.code(), step.nameId(), step.nameEn(),
                step.agencyCode(), Optional.ofNullable(step.role()), step.automatic(), step.status(),
                Optional.ofNullable(step.assigneeId()), Optional.ofNullable(step.dueAt()), overdue,
                Optional.ofNullable(step.slaPausedSince()), Optional.ofNullable(step.reason()), Optional.ofNullable(step.completedAt()),
                onlooker.actions(step));
    }

    static boolean overdue(ApplicationRow app, Instant now) {
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

    Optional<PublicStatus> publicStatus(TenantId tenant, String trackingCode) {
        return publicStatuses.get(tenant.code() + "/" + trackingCode, key -> loadPublicStatus(tenant, trackingCode));
    }

    /** Drops the cached public status of a case this node changes (other nodes' copies age out within the TTL). */
    void forget(ApplicationRow app) {
        if (app.trackingCode() != null) {
            publicStatuses.invalidate(app.tenant().code() + "/" + app.trackingCode());
        }
    }

    private Optional<PublicStatus> loadPublicStatus(TenantId tenant, String trackingCode) {
        return store.findByTrackingCode(tenant, trackingCode)
                .filter(app -> app.status() != ApplicationStatus.DRAFT)
                .map(app -> {
                    Map<UUID, String> services = store.parts(tenant, app.id()).stream()
                            .collect(Collectors.toMap(PartRow::id, PartRow::serviceCode));
                    List<PublicStatus.PublicStep> steps = store.steps(tenant, app.id()).stream()
                            .filter(step -> step.status() != StepStatus.CANCELLED)
                            .map(step -> new PublicStatus.PublicStep(
                                    Objects.requireNonNull(services.get(step.partId()), "a step belongs to a part of its application"), step.nameId(), step.nameEn(),
                                    step.agencyCode(), step.status(), Optional.ofNullable(step.dueAt()),
                                    Optional.ofNullable(step.completedAt())))
                            .toList();
                    List<TimelineEntry> timeline = store.timeline(tenant, app.id()).stream()
                            .map(entry -> new TimelineEntry(entry.at(), entry.kind(), entry.agencyCode(), entry.stepNameId(),
                                    entry.stepNameEn(), Optional.empty()))
                            .toList();
                    return new PublicStatus(Objects.requireNonNull(app.trackingCode(), "a submitted application has a tracking code"), app.subjectCode(), app.bundle(), app.status(),
                            Objects.requireNonNull(app.submittedAt()), Objects.requireNonNull(app.dueAt()),
                            Optional.ofNullable(app.completedAt()), overdue(app, now()), steps, timeline);
                });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
