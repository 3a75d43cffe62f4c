package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint deadline passed (once per deadline) and was escalated to the agency's heads: verification (the
 * desk's), follow-up (one agency's task) or resolution (every agency with an active task, one event each).
 */
public record ComplaintDeadlinePassed(UUID eventId, TenantId tenant, ComplaintFacts complaint, Deadline deadline,
                                      String agencyCode, Instant dueAt, Instant occurredAt) implements ComplaintPublishedEvent {

    public enum Deadline {
        VERIFICATION("verification"), FOLLOW_UP("follow-up"), RESOLUTION("resolution");

        private final String code;

        Deadline(String code) {
            this.code = code;
        }

        /** The word in message keys ({@code complaints.deadline.<code>}). */
        public String code() {
            return code;
        }
    }
}
