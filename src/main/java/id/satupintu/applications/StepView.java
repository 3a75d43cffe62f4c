package id.satupintu.applications;

import id.satupintu.shared.Role;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One workflow step of an application.
 *
 * @param agencyCode the agency (or kelurahan/kecamatan office) whose inbox holds it
 * @param role       who may decide it: OFFICER steps may be decided by officers and agency heads, AGENCY_HEAD steps
 *                   only by heads; empty for automatic steps
 * @param dueAt      its own deadline (working days, Asia/Jakarta), moved later by pauses; empty while WAITING
 * @param overdue    past its deadline while not finished (or finished late)
 * @param reason     the rejection reason or the correction asked for
 * @param actions    what the viewer may do with it now (empty for anyone but an officer of its agency)
 */
public record StepView(UUID id, UUID applicationId, UUID partId, int stage, String code, String nameId, String nameEn,
                       String agencyCode, Optional<Role> role, boolean automatic, StepStatus status,
                       Optional<UUID> assigneeId, Optional<Instant> dueAt, boolean overdue, Optional<Instant> pausedSince,
                       Optional<String> reason, Optional<Instant> completedAt, Set<StepAction> actions) {

    public StepView {
        actions = actions.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(actions));
    }

    public boolean allows(StepAction action) {
        return actions.contains(action);
    }

    public String name(String lang) {
        return "en".equals(lang) ? nameEn : nameId;
    }
}
