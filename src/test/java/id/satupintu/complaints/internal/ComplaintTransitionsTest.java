package id.satupintu.complaints.internal;

import id.satupintu.complaints.Channel;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.ResolutionTier;
import id.satupintu.complaints.TaskStatus;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.complaints.internal.Rows.TaskRow;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.DomainException;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.time.HolidayCalendar;
import id.satupintu.shared.time.WorkingDays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static id.satupintu.complaints.ComplaintStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both transition tables over every (state, move) pair, through the aggregate: an allowed move succeeds and lands
 * where the table says, every other move is refused with a conflict and leaves nothing recorded. The expected tables
 * are written out here by hand, so a changed rule fails a test.
 */
class ComplaintTransitionsTest {

    static final Map<String, ComplaintStatus> COMPLAINT = Map.ofEntries(
            Map.entry("SUBMITTED VERIFY", VERIFIED), Map.entry("SUBMITTED REJECT", REJECTED),
            Map.entry("SUBMITTED MERGE", MERGED),
            Map.entry("VERIFIED DISPATCH", DISPATCHED), Map.entry("VERIFIED MERGE", MERGED),
            Map.entry("DISPATCHED START", IN_PROGRESS), Map.entry("DISPATCHED RESOLVE", RESOLVED),
            Map.entry("DISPATCHED MERGE", MERGED),
            Map.entry("IN_PROGRESS RESOLVE", RESOLVED),
            Map.entry("RESOLVED CONFIRM", CLOSED), Map.entry("RESOLVED AUTO_CLOSE", CLOSED),
            Map.entry("RESOLVED DISPUTE", CLOSED_NOT_FIXED),
            Map.entry("CLOSED_NOT_FIXED REOPEN", DISPATCHED), Map.entry("CLOSED_NOT_FIXED DISPATCH", DISPATCHED));

    static final Map<String, TaskStatus> TASK = Map.ofEntries(
            Map.entry("OPEN START", TaskStatus.IN_PROGRESS), Map.entry("OPEN RESOLVE", TaskStatus.RESOLVED),
            Map.entry("OPEN HAND_OVER", TaskStatus.HANDED_OVER), Map.entry("OPEN CANCEL", TaskStatus.CANCELLED),
            Map.entry("IN_PROGRESS RESOLVE", TaskStatus.RESOLVED), Map.entry("IN_PROGRESS HAND_OVER", TaskStatus.HANDED_OVER),
            Map.entry("IN_PROGRESS CANCEL", TaskStatus.CANCELLED),
            Map.entry("RESOLVED REOPEN", TaskStatus.OPEN));

    private static final TenantId TENANT = TenantId.of("35.78");
    private static final Instant NOW = Instant.parse("2026-12-08T02:00:00Z");
    private static final UUID OFFICER = UUID.randomUUID();
    private final DeadlineCalendar deadlines = new DeadlineCalendar(new WorkingDays(HolidayCalendar.of(List.of())),
            Clock.fixed(NOW, ZoneOffset.UTC));

    // ---- the tables themselves ----

    @Property
    void theComplaintTableAllowsExactlyTheListedMoves(@ForAll ComplaintStatus from, @ForAll ComplaintStatus.Move move) {
        ComplaintStatus expected = COMPLAINT.get(from + " " + move);
        assertThat(from.allows(move)).isEqualTo(expected != null);
        if (expected != null) {
            assertThat(from.after(move)).isEqualTo(expected);
        } else {
            assertRefused(() -> from.after(move), "complaint.status.move");
        }
    }

    @Property
    void theTaskTableAllowsExactlyTheListedMoves(@ForAll TaskStatus from, @ForAll TaskStatus.Move move) {
        TaskStatus expected = TASK.get(from + " " + move);
        assertThat(from.allows(move)).isEqualTo(expected != null);
        if (expected != null) {
            assertThat(from.after(move)).isEqualTo(expected);
        } else {
            assertRefused(() -> from.after(move), move.refusal());
        }
    }

    // ---- the aggregate asks them ----

    @Property
    void theComplaintMovesExactlyAsItsTableSays(@ForAll ComplaintStatus from, @ForAll ComplaintStatus.Move move) {
        if (move == ComplaintStatus.Move.START) {
            return; // never asked for: the first task started moves a dispatched complaint on (below)
        }
        Complaint complaint = complaint(from, TaskStatus.OPEN);
        ComplaintStatus expected = COMPLAINT.get(from + " " + move);
        Runnable act = () -> complaintMove(complaint, move);
        if (expected != null) {
            act.run();
            assertThat(complaint.status()).isEqualTo(expected);
            assertThat(complaint.recorded().lines()).isNotEmpty();
            assertThat(complaint.changed()).isTrue();
        } else {
            assertRefused(act::run, "complaint.status.move");
            assertUntouched(complaint, from);
        }
    }

    @Property
    void startingATaskMovesOnlyADispatchedComplaint(@ForAll ComplaintStatus from) {
        Complaint complaint = complaint(from, TaskStatus.OPEN);
        complaint.tasks().getFirst().start(OFFICER);
        assertThat(complaint.status()).isEqualTo(from == DISPATCHED ? IN_PROGRESS : from);
    }

    @Property
    void aTaskMovesExactlyAsItsTableSays(@ForAll TaskStatus from, @ForAll TaskStatus.Move move) {
        if (move == TaskStatus.Move.CANCEL || move == TaskStatus.Move.REOPEN) {
            return; // only the complaint moves these (a merge, a reopening), and only where allowed: see below
        }
        Complaint complaint = complaint(DISPATCHED, from);
        ComplaintTask task = complaint.tasks().getFirst();
        TaskStatus expected = TASK.get(from + " " + move);
        Runnable act = () -> {
            switch (move) {
                case START -> task.start(OFFICER);
                case RESOLVE -> task.resolve(OFFICER, "Sudah diperbaiki.", photo());
                case HAND_OVER -> task.handOver(OFFICER, "dlh", "Bukan kewenangan kami.");
                default -> throw new IllegalStateException();
            }
        };
        if (expected != null) {
            act.run();
            assertThat(complaint.task(task.id()).orElseThrow().status()).isEqualTo(expected);
        } else {
            assertRefused(act::run, move.refusal());
            assertUntouched(complaint, DISPATCHED);
            assertThat(task.status()).isEqualTo(from);
        }
    }

    @Property
    void aMergeCancelsOnlyActiveTasksAndAReopeningOpensOnlyResolvedOnes(@ForAll TaskStatus from) {
        Complaint merged = complaint(DISPATCHED, from);
        merged.mergeInto(OFFICER, complaint(SUBMITTED, TaskStatus.OPEN), List.of());
        assertThat(merged.tasks().getFirst().status()).isEqualTo(from.isActive() ? TaskStatus.CANCELLED : from);

        Complaint reopened = complaint(CLOSED_NOT_FIXED, from);
        reopened.reopen(OFFICER, "Dicek lagi.");
        assertThat(reopened.tasks().getFirst().status()).isEqualTo(from == TaskStatus.RESOLVED ? TaskStatus.OPEN : from);
    }

    // ---- helpers ----

    private void complaintMove(Complaint complaint, ComplaintStatus.Move move) {
        switch (move) {
            case VERIFY -> complaint.verify(OFFICER);
            case REJECT -> complaint.reject(OFFICER, "Bukan kewenangan kota.");
            case DISPATCH -> complaint.dispatch(OFFICER, List.of("dsdabm"), Optional.empty());
            case RESOLVE -> complaint.tasks().getFirst().resolve(OFFICER, "Sudah diperbaiki.", photo());
            case CONFIRM -> complaint.confirm();
            case DISPUTE -> complaint.dispute("Masih rusak.");
            case AUTO_CLOSE -> complaint.autoClose();
            case REOPEN -> complaint.reopen(OFFICER, "Dicek lagi.");
            case MERGE -> complaint.mergeInto(OFFICER, complaint(SUBMITTED, TaskStatus.OPEN), List.of());
            case START -> throw new IllegalStateException();
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(key));
    }

    private static void assertUntouched(Complaint complaint, ComplaintStatus status) {
        assertThat(complaint.status()).isEqualTo(status);
        assertThat(complaint.changed()).isFalse();
        assertThat(complaint.recorded().lines()).isEmpty();
        assertThat(complaint.recorded().events()).isEmpty();
        assertThat(complaint.recorded().audits()).isEmpty();
        assertThat(complaint.recorded().photos()).isEmpty();
    }

    private Complaint complaint(ComplaintStatus status, TaskStatus taskStatus) {
        UUID id = UUID.randomUUID();
        Instant filed = NOW.minusSeconds(86_400);
        ComplaintRow row = new ComplaintRow(id, TENANT, "ADU-" + id.toString().substring(0, 8), "jalan-rusak",
                "Jalan berlubang di depan taman.", -7.29, 112.73, null, null, null, PrivacyMode.PUBLIC, status, Channel.WEB,
                UUID.randomUUID(), null, null, null, "id", ResolutionTier.NORMATIVE, 0, filed, filed,
                filed.plusSeconds(3 * 86_400), filed, filed, NOW.plusSeconds(86_400), null, NOW.plusSeconds(86_400), null,
                null, null, null, null, null);
        TaskRow task = new TaskRow(UUID.randomUUID(), TENANT, id, 1, "dsdabm", taskStatus, filed,
                filed.plusSeconds(5 * 86_400), null, null, null, null, null, null);
        return Complaint.of(row, List.of(task), deadlines);
    }

    private static PhotoSanitizer.Photo photo() {
        return new PhotoSanitizer.Photo(new byte[]{1, 2, 3}, "image/jpeg", 1, 1);
    }
}
