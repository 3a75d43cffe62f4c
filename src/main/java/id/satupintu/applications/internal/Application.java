package id.satupintu.applications.internal;

import id.satupintu.applications.ApplicationCompleted;
import id.satupintu.applications.ApplicationEventKind;
import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.ApplicationSubmitted;
import id.satupintu.applications.CorrectionAnswered;
import id.satupintu.applications.CorrectionRequested;
import id.satupintu.applications.PartView.PartStatus;
import id.satupintu.applications.StepCompleted;
import id.satupintu.applications.StepHandedOver;
import id.satupintu.applications.StepOpened;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.applications.internal.Rows.PartRow;
import id.satupintu.applications.internal.Rows.StepRow;
import id.satupintu.shared.Ids;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.time.SlaClock;
import id.satupintu.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The application aggregate: the citizen's case with its parts and their steps. Every change is a move checked
 * against the transition tables ({@link ApplicationMove}, {@link StepMove}, {@link PartMove}); each records what
 * happened (timeline lines, audit entries, events) for {@link ApplicationRepository} to write and publish in the
 * same transaction.
 */
final class Application {

    /** A line of the public timeline. */
    record Line(Instant at, ApplicationEventKind kind, @Nullable String agencyCode, @Nullable String stepNameId,
                @Nullable String stepNameEn, @Nullable String message) {
    }

    /** An entry of the tenant's audit trail. */
    record Audit(ApplicationEventKind kind, String objectType, String objectId, Map<String, String> details) {
    }

    /** A service to submit, its steps resolved to the agencies they go to. */
    record PlannedPart(String serviceCode, int serviceVersion, List<PlannedStep> steps) {
    }

    record PlannedStep(int stage, int position, String code, String nameId, String nameEn, String agencyCode,
                       @Nullable Role role, boolean automatic, int slaDays) {
    }

    private ApplicationRow row;
    private final List<Part> parts = new ArrayList<>();
    private final WorkingDays calendar;
    private final DocumentIssuer issuer;
    private boolean changed;
    private final List<Line> lines = new ArrayList<>();
    private final List<Audit> audits = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    Application(ApplicationRow row, List<PartRow> partRows, List<StepRow> stepRows, WorkingDays calendar,
                DocumentIssuer issuer) {
        this.row = row;
        this.calendar = calendar;
        this.issuer = issuer;
        Map<UUID, Part> byId = new HashMap<>();
        for (PartRow partRow : partRows) {
            Part part = new Part(this, partRow, false);
            parts.add(part);
            byId.put(part.id(), part);
        }
        for (StepRow stepRow : stepRows) {
            Part part = Objects.requireNonNull(byId.get(stepRow.partId()), "step of an unknown part");
            part.add(new Step(part, stepRow, false));
        }
    }

    // ---- the citizen's moves ----

    /** Answers and uploads change only while the citizen holds the application. */
    void requireEditable() {
        ApplicationMove.EDIT.from(row.status());
    }

    /**
     * Submits the draft under a tracking code: its parts and steps are created, the clock starts, the first stages
     * open (automatic steps pass at once, so a part may be granted right away).
     */
    void submit(String trackingCode, int slaDays, List<PlannedPart> plan, Instant now) {
        ApplicationStatus next = ApplicationMove.SUBMIT.from(row.status());
        Instant due = SlaClock.start(calendar, now, slaDays).due();
        row = row.submitted(next, trackingCode, slaDays, now, due);
        changed = true;
        line(now, ApplicationEventKind.SUBMITTED, row.responsibleAgency(), null, null, null);
        for (int p = 0; p < plan.size(); p++) {
            PlannedPart planned = plan.get(p);
            Part part = new Part(this, new PartRow(Ids.newId(), row.id(), p, planned.serviceCode(), planned.serviceVersion(),
                    PartStatus.IN_PROGRESS, null, null), true);
            parts.add(part);
            for (PlannedStep step : planned.steps()) {
                part.add(new Step(part, new StepRow(Ids.newId(), row.tenant(), row.id(), part.id(), step.stage(),
                        step.position(), step.code(), step.nameId(), step.nameEn(), step.agencyCode(), step.role(),
                        step.automatic(), StepStatus.WAITING, null, step.slaDays(), null, null, 0, null, null, null, null,
                        null, 0), true));
            }
        }
        events.add(new ApplicationSubmitted(Ids.newId(), row.tenant(), row.id(), trackingCode, row.subjectCode(),
                row.bundle(), parts.stream().map(Part::serviceCode).toList(), row.responsibleAgency(), agencies(),
                kelurahan(), kecamatan(), now, due));
        tellCitizen(ApplicationEventKind.SUBMITTED);
        boolean partFinished = false;
        for (Part part : parts) {
            partFinished |= part.moveOn(now);
        }
        if (partFinished) {
            finishIfDone(now);
        }
        audits.add(new Audit(ApplicationEventKind.SUBMITTED, "application", row.id().toString(),
                Map.of("trackingCode", trackingCode, "subject", row.subjectCode())));
    }

    /** The citizen answered the correction asked for: the waiting steps go back to their officers, the clocks run. */
    void answerCorrection(String answer, Instant now) {
        ApplicationStatus next = ApplicationMove.ANSWER_CORRECTION.from(row.status());
        List<UUID> answered = new ArrayList<>();
        for (Step step : steps()) {
            if (step.status() == StepStatus.CORRECTION) {
                step.answerCorrection(now);
                answered.add(step.id());
            }
        }
        SlaClock resumed = row.clock(calendar).resume(now);
        row = row.clocked(next, null, resumed.pausedWorkingDays(), resumed.due());
        changed = true;
        line(now, ApplicationEventKind.CORRECTION_ANSWERED, null, null, null, answer);
        audits.add(new Audit(ApplicationEventKind.CORRECTION_ANSWERED, "application", row.id().toString(), Map.of()));
        events.add(new CorrectionAnswered(Ids.newId(), row.tenant(), row.id(), trackingCode(), answered, now, resumed.due()));
        tellCitizen(ApplicationEventKind.CORRECTION_ANSWERED);
    }

    // ---- what steps report (Step calls these) ----

    void stepOpened(Step step, Instant now) {
        StepRow s = step.row();
        line(now, ApplicationEventKind.STEP_OPENED, s.agencyCode(), s.nameId(), s.nameEn(), null);
        events.add(new StepOpened(Ids.newId(), row.tenant(), row.id(), trackingCode(), s.id(), s.code(), s.agencyCode(),
                step.part().serviceCode(), (s.role() == null ? Role.OFFICER : s.role()).name(), kelurahan(), kecamatan(),
                now, Objects.requireNonNull(s.dueAt())));
    }

    /** A step was approved or rejected: recorded, and (unless the workflow itself is moving) the workflow moves on. */
    void decided(Step step, @Nullable Officer officer, Instant now) {
        StepRow s = step.row();
        boolean approved = s.status() == StepStatus.APPROVED;
        ApplicationEventKind kind = approved ? ApplicationEventKind.STEP_APPROVED : ApplicationEventKind.STEP_REJECTED;
        line(now, kind, s.agencyCode(), s.nameId(), s.nameEn(), s.reason());
        audit(kind, step, Map.of("agency", s.agencyCode(), "automatic", String.valueOf(s.automatic())));
        Instant opened = step.openedAt();
        events.add(new StepCompleted(Ids.newId(), row.tenant(), row.id(), trackingCode(), s.id(), s.code(), s.agencyCode(),
                step.part().serviceCode(), s.status(), s.automatic(), Optional.ofNullable(officer).map(Officer::id),
                kelurahan(), kecamatan(), opened, Objects.requireNonNull(s.dueAt()), now, step.lateAt(now),
                workingDaysBetween(opened, now)));
        if (!s.automatic()) {
            tellCitizen(kind);
            if (step.part().moveOn(now)) {
                finishIfDone(now);
            }
        }
    }

    void correctionRequested(Step step, Officer officer, String message, Instant now) {
        ApplicationStatus before = row.status();
        ApplicationStatus next = ApplicationMove.REQUEST_CORRECTION.from(before);
        if (before == ApplicationStatus.IN_PROGRESS) {
            SlaClock paused = row.clock(calendar).pause(now);
            row = row.clocked(next, now, paused.pausedWorkingDays(), paused.due());
            changed = true;
        }
        StepRow s = step.row();
        line(now, ApplicationEventKind.CORRECTION_REQUESTED, s.agencyCode(), s.nameId(), s.nameEn(), message);
        audit(ApplicationEventKind.CORRECTION_REQUESTED, step, Map.of());
        events.add(new CorrectionRequested(Ids.newId(), row.tenant(), row.id(), trackingCode(), s.id(), s.agencyCode(),
                step.part().serviceCode(), officer.id(), now));
        tellCitizen(ApplicationEventKind.CORRECTION_REQUESTED);
    }

    void handedOver(Step step, Officer officer, String from, String reason, Instant now) {
        StepRow s = step.row();
        line(now, ApplicationEventKind.HANDED_OVER, s.agencyCode(), s.nameId(), s.nameEn(), null);
        audit(ApplicationEventKind.HANDED_OVER, step, Map.of("from", from, "to", s.agencyCode()));
        events.add(new StepHandedOver(Ids.newId(), row.tenant(), row.id(), trackingCode(), s.id(), s.code(),
                step.part().serviceCode(), from, s.agencyCode(), officer.id(), now, Objects.requireNonNull(s.dueAt())));
    }

    void documentIssued(DocumentIssuer.Issued issued, Instant now) {
        line(now, ApplicationEventKind.DOCUMENT_ISSUED, issued.agencyCode(), issued.nameId(), issued.nameEn(), null);
    }

    /** When every part has finished, the application finishes: completed if anything was granted, else rejected. */
    private void finishIfDone(Instant now) {
        if (parts.stream().anyMatch(part -> !part.status().finished()) || row.status().finished()) {
            return;
        }
        boolean granted = parts.stream().anyMatch(part -> part.status() == PartStatus.GRANTED);
        ApplicationStatus outcome = (granted ? ApplicationMove.COMPLETE : ApplicationMove.REJECT).from(row.status());
        ApplicationEventKind kind = granted ? ApplicationEventKind.COMPLETED : ApplicationEventKind.REJECTED;
        row = row.finished(outcome, now);
        changed = true;
        line(now, kind, row.responsibleAgency(), null, null, null);
        audits.add(new Audit(kind, "application", row.id().toString(), Map.of()));
        Instant submitted = Objects.requireNonNull(row.submittedAt());
        Instant due = Objects.requireNonNull(row.dueAt());
        boolean late = row.breachedAt() != null || now.isAfter(due);
        events.add(new ApplicationCompleted(Ids.newId(), row.tenant(), row.id(), trackingCode(), row.subjectCode(),
                row.responsibleAgency(), parts.stream().filter(p -> p.status() == PartStatus.GRANTED).map(Part::serviceCode).toList(),
                agencies(), kelurahan(), kecamatan(), outcome, submitted, due, now, late, workingDaysBetween(submitted, now)));
        tellCitizen(kind);
    }

    // ---- recording ----

    void audit(ApplicationEventKind kind, Step step, Map<String, String> details) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        all.put("application", row.id().toString());
        all.putAll(details);
        audits.add(new Audit(kind, "application-step", step.id().toString(), all));
    }

    private void line(Instant at, ApplicationEventKind kind, @Nullable String agency, @Nullable String nameId,
                      @Nullable String nameEn, @Nullable String message) {
        lines.add(new Line(at, kind, agency, nameId, nameEn, message));
    }

    private void tellCitizen(ApplicationEventKind kind) {
        events.add(new ApplicationStatusChanged(Ids.newId(), row.tenant(), row.id(), kind));
    }

    private int workingDaysBetween(Instant from, Instant to) {
        return Math.max(0, calendar.workingDaysBetween(WorkingDays.dateOf(from), WorkingDays.dateOf(to)));
    }

    // ---- state ----

    Optional<Step> step(UUID stepId) {
        return steps().stream().filter(step -> step.id().equals(stepId)).findFirst();
    }

    List<Step> steps() {
        return parts.stream().flatMap(part -> part.steps().stream()).toList();
    }

    List<Part> parts() {
        return List.copyOf(parts);
    }

    /** Agency codes the steps go to, in stage order, each once. */
    List<String> agencies() {
        return List.copyOf(new LinkedHashSet<>(steps().stream()
                .sorted(java.util.Comparator.comparingInt(Step::stage)).map(Step::agencyCode).toList()));
    }

    Optional<String> kelurahan() {
        return Optional.ofNullable(row.kelurahanCode());
    }

    Optional<String> kecamatan() {
        return kelurahan().filter(code -> code.contains(".")).map(code -> code.substring(0, code.lastIndexOf('.')));
    }

    ApplicationRow row() {
        return row;
    }

    UUID id() {
        return row.id();
    }

    TenantId tenant() {
        return row.tenant();
    }

    ApplicationStatus status() {
        return row.status();
    }

    String trackingCode() {
        return Objects.requireNonNull(row.trackingCode(), "submitted applications have a tracking code");
    }

    WorkingDays calendar() {
        return calendar;
    }

    DocumentIssuer issuer() {
        return issuer;
    }

    boolean changed() {
        return changed;
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    List<Audit> audits() {
        return List.copyOf(audits);
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    /** After the repository wrote everything: nothing recorded is written twice. */
    void clearRecorded() {
        lines.clear();
        audits.clear();
        events.clear();
        changed = false;
    }
}
