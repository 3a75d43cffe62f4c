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

/** The rows of the applications tables as the service works with them. */
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
    }

    record PartRow(UUID id, UUID applicationId, int position, String serviceCode, int serviceVersion, PartStatus status,
                   @Nullable UUID documentId) {
    }

    record StepRow(UUID id, TenantId tenant, UUID applicationId, UUID partId, int stage, int position, String code,
                   String nameId, String nameEn, String agencyCode, @Nullable Role role, boolean automatic,
                   StepStatus status, @Nullable UUID assigneeId, int slaDays, @Nullable Instant slaStart,
                   @Nullable Instant slaPausedSince, int slaPausedDays, @Nullable Instant dueAt,
                   @Nullable Instant breachedAt, @Nullable String reason, @Nullable Instant completedAt) {

        SlaClock clock(WorkingDays calendar) {
            if (slaStart == null) {
                throw new IllegalStateException("Step " + id + " has no clock before it opens");
            }
            return SlaClock.restore(calendar, slaStart, slaDays, slaPausedSince, slaPausedDays);
        }
    }
}
