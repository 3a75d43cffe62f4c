package id.satupintu.complaints.internal;

import id.satupintu.complaints.Channel;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.ResolutionTier;
import id.satupintu.complaints.TaskStatus;
import id.satupintu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** Rows of the complaints tables as the service reads them. */
final class Rows {

    private Rows() {
    }

    record ComplaintRow(UUID id, TenantId tenant, String trackingCode, String categoryCode, String description,
                        @Nullable Double lat, @Nullable Double lon, @Nullable String address,
                        @Nullable String kecamatanCode, @Nullable String kelurahanCode, PrivacyMode privacy,
                        ComplaintStatus status, Channel channel, @Nullable UUID reporterId,
                        @Nullable String reporterEmail, @Nullable String reporterPhone, @Nullable String reporterName,
                        String language, ResolutionTier tier, int supporters, Instant submittedAt, Instant updatedAt,
                        Instant verifyDue, @Nullable Instant verifiedAt, @Nullable Instant dispatchedAt,
                        @Nullable Instant resolveDue, @Nullable Instant resolvedAt, @Nullable Instant autoCloseAt,
                        @Nullable Instant closedAt, @Nullable String statusNote, @Nullable UUID mergedInto,
                        @Nullable Integer rating, @Nullable Instant verifyFlaggedAt, @Nullable Instant resolveFlaggedAt) {
    }

    record TaskRow(UUID id, TenantId tenant, UUID complaintId, int position, String agencyCode, TaskStatus status,
                   Instant openedAt, Instant followUpDue, @Nullable Instant startedAt, @Nullable Instant resolvedAt,
                   @Nullable String resolutionNote, @Nullable UUID proofPhotoId, @Nullable UUID assigneeId,
                   @Nullable Instant flaggedAt) {
    }
}
