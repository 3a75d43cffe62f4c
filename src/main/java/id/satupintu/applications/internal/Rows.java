package id.satupintu.applications.internal;

import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.PartView.PartStatus;
import id.satupintu.applications.StepStatus;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.time.SlaClock;
import id.satupintu.shared.time.WorkingDays;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** The rows of the applications tables, as read and written; the aggregate changes them through its moves. */
final class Rows {

    private Rows() {
    }

    record ApplicationRow(UUID id, TenantId tenant, @Nullable String trackingCode, UUID applicantId, String subjectCode,
                          boolean bundle, int subjectVersion, String responsibleAgency, @Nullable String kelurahanCode,
                          String formData, ApplicationStatus status, String language, int slaDays,
                          @Nullable Instant slaStart, @Nullable Instant slaPausedSince, int slaPausedDays,
                          @Nullable Instant dueAt, @Nullable Instant breachedAt, Instant createdAt,
                          @Nullable Instant submittedAt, @Nullable Instant completedAt) {

        SlaClock clock(WorkingDays calendar) {
            if (slaStart == null) {
                throw new IllegalStateException("Application " + id + " has no clock before submission");
            }
            return SlaClock.restore(calendar, slaStart, slaDays, slaPausedSince, slaPausedDays);
        }

        ApplicationRow submitted(ApplicationStatus next, String code, int days, Instant at, Instant due) {
            return new ApplicationRow(id, tenant, code, applicantId, subjectCode, bundle, subjectVersion, responsibleAgency,
                    kelurahanCode, formData, next, language, days, at, null, 0, due, breachedAt, createdAt, at, completedAt);
        }

        ApplicationRow clocked(ApplicationStatus next, @Nullable Instant pausedSince, int pausedDays, Instant due) {
            return new ApplicationRow(id, tenant, trackingCode, applicantId, subjectCode, bundle, subjectVersion,
                    responsibleAgency, kelurahanCode, formData, next, language, slaDays, slaStart, pausedSince, pausedDays,
                    due, breachedAt, createdAt, submittedAt, completedAt);
        }

        ApplicationRow finished(ApplicationStatus outcome, Instant at) {
            return new ApplicationRow(id, tenant, trackingCode, applicantId, subjectCode, bundle, subjectVersion,
                    responsibleAgency, kelurahanCode, formData, outcome, language, slaDays, slaStart, slaPausedSince,
                    slaPausedDays, dueAt, breachedAt, createdAt, submittedAt, at);
        }
    }

    record PartRow(UUID id, UUID applicationId, int position, String serviceCode, int serviceVersion, PartStatus status,
                   @Nullable UUID documentId, @Nullable Instant completedAt) {
    }

    /** {@code version} counts the row's changes: a save of a step read at another version is a lost race. */
    record StepRow(UUID id, TenantId tenant, UUID applicationId, UUID partId, int stage, int position, String code,
                   String nameId, String nameEn, String agencyCode, @Nullable Role role, boolean automatic,
                   StepStatus status, @Nullable UUID assigneeId, int slaDays, @Nullable Instant slaStart,
                   @Nullable Instant slaPausedSince, int slaPausedDays, @Nullable Instant dueAt,
                   @Nullable Instant breachedAt, @Nullable String reason, @Nullable Instant openedAt,
                   @Nullable Instant completedAt, int version) {

        SlaClock clock(WorkingDays calendar) {
            if (slaStart == null) {
                throw new IllegalStateException("Step " + id + " has no clock before it opens");
            }
            return SlaClock.restore(calendar, slaStart, slaDays, slaPausedSince, slaPausedDays);
        }

        StepRow moved(StepStatus next, @Nullable UUID assignee) {
            return new StepRow(id, tenant, applicationId, partId, stage, position, code, nameId, nameEn, agencyCode, role,
                    automatic, next, assignee, slaDays, slaStart, slaPausedSince, slaPausedDays, dueAt, breachedAt, reason,
                    openedAt, completedAt, version);
        }

        StepRow opened(Instant at, Instant due) {
            return new StepRow(id, tenant, applicationId, partId, stage, position, code, nameId, nameEn, agencyCode, role,
                    automatic, status, assigneeId, slaDays, at, slaPausedSince, slaPausedDays, due, breachedAt, reason,
                    at, completedAt, version);
        }

        StepRow withClock(@Nullable String why, @Nullable Instant pausedSince, int pausedDays, Instant due) {
            return new StepRow(id, tenant, applicationId, partId, stage, position, code, nameId, nameEn, agencyCode, role,
                    automatic, status, assigneeId, slaDays, slaStart, pausedSince, pausedDays, due, breachedAt, why,
                    openedAt, completedAt, version);
        }

        StepRow routedTo(String agency) {
            return new StepRow(id, tenant, applicationId, partId, stage, position, code, nameId, nameEn, agency, role,
                    automatic, status, assigneeId, slaDays, slaStart, slaPausedSince, slaPausedDays, dueAt, breachedAt,
                    reason, openedAt, completedAt, version);
        }

        StepRow finished(@Nullable String why, Instant at) {
            return new StepRow(id, tenant, applicationId, partId, stage, position, code, nameId, nameEn, agencyCode, role,
                    automatic, status, assigneeId, slaDays, slaStart, slaPausedSince, slaPausedDays, dueAt, breachedAt, why,
                    openedAt, at, version);
        }
    }
}
