package id.satupintu.applications.internal;

import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.PartView.PartStatus;
import id.satupintu.applications.StepAction;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.applications.internal.Rows.PartRow;
import id.satupintu.applications.internal.Rows.StepRow;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.time.HolidayCalendar;
import id.satupintu.shared.time.WorkingDays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.satupintu.applications.StepStatus.APPROVED;
import static id.satupintu.applications.StepStatus.CANCELLED;
import static id.satupintu.applications.StepStatus.CLAIMED;
import static id.satupintu.applications.StepStatus.CORRECTION;
import static id.satupintu.applications.StepStatus.OPEN;
import static id.satupintu.applications.StepStatus.REJECTED;
import static id.satupintu.applications.StepStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every (state, move) pair of each transition table: an allowed move succeeds and lands where the workflow says,
 * every other one is refused with a conflict. The expected tables are written out here, independently of the code.
 */
class TransitionTablesTest {

    private static final WorkingDays DAYS = new WorkingDays(HolidayCalendar.bundled());
    private static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");
    private static final Officer OFFICER = new Officer(UUID.randomUUID(), false);

    /** move → (from → to) as the workflow is specified. */
    private static final Map<StepMove, Map<StepStatus, StepStatus>> STEP_TABLE = Map.of(
            StepMove.OPEN_STAGE, Map.of(WAITING, OPEN),
            StepMove.CLAIM, Map.of(OPEN, CLAIMED),
            StepMove.RELEASE, Map.of(CLAIMED, OPEN),
            StepMove.APPROVE, Map.of(CLAIMED, APPROVED),
            StepMove.PASS_AUTOMATICALLY, Map.of(OPEN, APPROVED),
            StepMove.REJECT, Map.of(CLAIMED, REJECTED),
            StepMove.REQUEST_CORRECTION, Map.of(CLAIMED, CORRECTION),
            StepMove.ANSWER_CORRECTION, Map.of(CORRECTION, CLAIMED),
            StepMove.HAND_OVER, Map.of(OPEN, OPEN, CLAIMED, OPEN),
            StepMove.CANCEL, Map.of(WAITING, CANCELLED, OPEN, CANCELLED, CLAIMED, CANCELLED, CORRECTION, CANCELLED));

    private static final Map<ApplicationMove, Map<ApplicationStatus, ApplicationStatus>> APPLICATION_TABLE = Map.of(
            ApplicationMove.EDIT, Map.of(ApplicationStatus.DRAFT, ApplicationStatus.DRAFT,
                    ApplicationStatus.NEEDS_CORRECTION, ApplicationStatus.NEEDS_CORRECTION),
            ApplicationMove.SUBMIT, Map.of(ApplicationStatus.DRAFT, ApplicationStatus.IN_PROGRESS),
            ApplicationMove.REQUEST_CORRECTION, Map.of(ApplicationStatus.IN_PROGRESS, ApplicationStatus.NEEDS_CORRECTION,
                    ApplicationStatus.NEEDS_CORRECTION, ApplicationStatus.NEEDS_CORRECTION),
            ApplicationMove.ANSWER_CORRECTION, Map.of(ApplicationStatus.NEEDS_CORRECTION, ApplicationStatus.IN_PROGRESS),
            ApplicationMove.COMPLETE, Map.of(ApplicationStatus.IN_PROGRESS, ApplicationStatus.COMPLETED),
            ApplicationMove.REJECT, Map.of(ApplicationStatus.IN_PROGRESS, ApplicationStatus.REJECTED));

    @Property
    void everyStepMoveIsAllowedExactlyFromItsStates(@ForAll StepStatus from, @ForAll StepMove move) {
        StepStatus expected = STEP_TABLE.get(move).get(from);
        if (expected != null) {
            assertThat(move.from(from)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> move.from(from)).isInstanceOf(ConflictException.class);
        }
    }

    @Property
    void everyApplicationMoveIsAllowedExactlyFromItsStates(@ForAll ApplicationStatus from, @ForAll ApplicationMove move) {
        ApplicationStatus expected = APPLICATION_TABLE.get(move).get(from);
        if (expected != null) {
            assertThat(move.from(from)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> move.from(from)).isInstanceOf(ConflictException.class);
        }
    }

    @Property
    void aPartFinishesOnceFromInProgress(@ForAll PartStatus from, @ForAll PartMove move) {
        if (from == PartStatus.IN_PROGRESS) {
            assertThat(move.from(from)).isEqualTo(move == PartMove.GRANT ? PartStatus.GRANTED : PartStatus.REJECTED);
        } else {
            assertThatThrownBy(() -> move.from(from)).isInstanceOf(ConflictException.class);
        }
    }

    /** The officer's moves on the aggregate, by the holder of the step: the table decides, nothing else refuses. */
    enum OfficerMove { CLAIM, RELEASE, APPROVE, REJECT, REQUEST_CORRECTION, HAND_OVER }

    @Property
    void theAggregateMakesExactlyTheOfficerMovesTheTableAllows(@ForAll StepStatus from, @ForAll OfficerMove move) {
        StepMove table = StepMove.valueOf(move.name());
        Step step = stepIn(from, move == OfficerMove.CLAIM ? UUID.randomUUID() : OFFICER.id());
        Runnable making = () -> {
            switch (move) {
                case CLAIM -> step.claim(OFFICER);
                case RELEASE -> step.release(OFFICER);
                case APPROVE -> step.approve(OFFICER, NOW);
                case REJECT -> step.reject(OFFICER, "Tidak lengkap", NOW);
                case REQUEST_CORRECTION -> step.requestCorrection(OFFICER, "Lengkapi desain", NOW);
                case HAND_OVER -> step.handOver(OFFICER, "dpmptsp", "Bukan kewenangan kami", NOW);
            }
        };
        StepStatus expected = STEP_TABLE.get(table).get(from);
        if (expected == null) {
            assertThatThrownBy(making::run).isInstanceOf(ConflictException.class);
            assertThat(step.status()).isEqualTo(from);
            assertThat(step.application().events()).isEmpty();
        } else {
            making.run();
            assertThat(step.status()).isEqualTo(expected);
        }
    }

    @Property
    void anotherOfficersClaimedStepCannotBeDecided(@ForAll OfficerMove move) {
        Step step = stepIn(CLAIMED, UUID.randomUUID());
        Runnable making = switch (move) {
            case CLAIM -> () -> step.claim(OFFICER);
            case RELEASE -> () -> step.release(OFFICER);
            case APPROVE -> () -> step.approve(OFFICER, NOW);
            case REJECT -> () -> step.reject(OFFICER, "x", NOW);
            case REQUEST_CORRECTION -> () -> step.requestCorrection(OFFICER, "x", NOW);
            case HAND_OVER -> () -> step.handOver(OFFICER, "dpmptsp", "x", NOW);
        };
        assertThatThrownBy(making::run).isInstanceOf(ConflictException.class);
        assertThat(step.status()).isEqualTo(CLAIMED);
    }

    /** What a view offers an officer is exactly what the aggregate would let them do: no button that fails, none missing. */
    @Property
    void theActionsOfferedAreExactlyTheMovesThatSucceed(@ForAll StepStatus from, @ForAll StepAction action,
                                                        @ForAll boolean holder, @ForAll boolean headOnly, @ForAll boolean head) {
        Officer officer = new Officer(OFFICER.id(), head);
        Step step = stepIn(from, holder ? officer.id() : UUID.randomUUID(), headOnly ? Role.AGENCY_HEAD : null);
        boolean offered = Step.actions(step.row(), officer).contains(action);
        boolean succeeded;
        try {
            succeeded = switch (action) {
                case CLAIM -> step.claim(officer);
                case RELEASE -> { step.release(officer); yield true; }
                case APPROVE -> { step.approve(officer, NOW); yield true; }
                case REJECT -> { step.reject(officer, "Tidak lengkap", NOW); yield true; }
                case REQUEST_CORRECTION -> { step.requestCorrection(officer, "Lengkapi", NOW); yield true; }
                case HAND_OVER -> { step.handOver(officer, "dpmptsp", "Bukan kewenangan kami", NOW); yield true; }
            };
        } catch (ConflictException refused) {
            succeeded = false;
        }
        assertThat(offered).as(action + " from " + from).isEqualTo(succeeded);
    }

    /** A submitted application of one part with a second step waiting, and the step under test in {@code status}. */
    private static Step stepIn(StepStatus status, UUID assignee) {
        return stepIn(status, assignee, null);
    }

    private static Step stepIn(StepStatus status, UUID assignee, Role role) {
        TenantId tenant = TenantId.of("35.78");
        UUID appId = UUID.randomUUID();
        UUID partId = UUID.randomUUID();
        Instant start = NOW.minusSeconds(86_400);
        Instant due = DAYS.dueAt(start, 10);
        ApplicationStatus appStatus = status == CORRECTION ? ApplicationStatus.NEEDS_CORRECTION : ApplicationStatus.IN_PROGRESS;
        ApplicationRow app = new ApplicationRow(appId, tenant, "PMH-TEST", UUID.randomUUID(), "izin-reklame", false, 1, "dpupr",
                "35.78.04.1005", "{}", appStatus, "id", 10, start, status == CORRECTION ? NOW : null, 0, due, null, start, start, null);
        PartRow part = new PartRow(partId, appId, 0, "izin-reklame", 1, PartStatus.IN_PROGRESS, null, null);
        boolean held = EnumSet.of(CLAIMED, CORRECTION).contains(status);
        boolean opened = status != WAITING;
        Set<StepStatus> finished = EnumSet.of(APPROVED, REJECTED, CANCELLED);
        StepRow step = new StepRow(UUID.randomUUID(), tenant, appId, partId, 0, 0, "teknis", "Teknis", "Technical", "dpupr",
                role, false, status, held ? assignee : null, 5, opened ? start : null, status == CORRECTION ? NOW : null, 0,
                opened ? DAYS.dueAt(start, 5) : null, null, null, opened ? start : null, finished.contains(status) ? NOW : null, 0);
        StepRow later = new StepRow(UUID.randomUUID(), tenant, appId, partId, 1, 0, "izin", "Izin", "Permit", "dpmptsp",
                null, false, WAITING, null, 3, null, null, 0, null, null, null, null, null, 0);
        DocumentIssuer issuer = (application, p, now) -> new DocumentIssuer.Issued(UUID.randomUUID(), "dpmptsp", "Izin", "Permit");
        Application application = new Application(app, List.of(part), List.of(step, later), DAYS, issuer);
        return application.step(step.id()).orElseThrow();
    }
}
