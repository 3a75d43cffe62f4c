package id.satupintu.shared.time;

import static id.satupintu.shared.time.WorkingDaysTest.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The pausable SLA clock. Most examples use a case submitted Monday 5 January 2026 09:00 WIB with 5 working days:
 * due Monday 12 January 23:59:59.999 WIB (nothing but the weekend in between).
 */
class SlaClockTest {

    private static final WorkingDays DAYS = new WorkingDays(HolidayCalendar.bundled());
    private static final Instant SUBMITTED = wib("2026-01-05T09:00");
    private static final Instant DUE = wib("2026-01-12T23:59:59.999");

    private final SlaClock clock = SlaClock.start(DAYS, SUBMITTED, 5);

    @Test
    void aRunningClockIsDueWhenTheDueDateRuleSays() {
        assertThat(clock.due()).isEqualTo(DUE).isEqualTo(DAYS.dueAt(SUBMITTED, 5));
        assertThat(clock.dueDate()).isEqualTo(LocalDate.parse("2026-01-12"));
        assertThat(clock.isPaused()).isFalse();
    }

    @Test
    void aPauseOverAWeekendShiftsNothing() {
        SlaClock resumed = clock.pause(wib("2026-01-09T17:00")).resume(wib("2026-01-11T20:00"));

        assertThat(resumed.pausedWorkingDays()).isZero();
        assertThat(resumed.due()).isEqualTo(DUE);
    }

    @Test
    void aPauseOverTwoWorkingDaysShiftsTheDeadlineByTwo() {
        // Tuesday 11:00 to Thursday 11:00: Wednesday and Thursday began while paused.
        SlaClock resumed = clock.pause(wib("2026-01-06T11:00")).resume(wib("2026-01-08T11:00"));

        assertThat(resumed.pausedWorkingDays()).isEqualTo(2);
        assertThat(resumed.due()).isEqualTo(wib("2026-01-14T23:59:59.999"));
    }

    @Test
    void aPauseWithinOneDayShiftsNothing() {
        SlaClock resumed = clock.pause(wib("2026-01-06T10:00")).resume(wib("2026-01-06T15:00"));

        assertThat(resumed.due()).isEqualTo(DUE);
    }

    @Test
    void aPauseThatLastsIntoMondayGivesMondayBack() {
        SlaClock resumed = clock.pause(wib("2026-01-09T17:00")).resume(wib("2026-01-12T08:00"));

        assertThat(resumed.pausedWorkingDays()).isEqualTo(1);
        assertThat(resumed.due()).isEqualTo(wib("2026-01-13T23:59:59.999"));
    }

    @Test
    void aPauseAcrossLebaranGivesBackOnlyTheWorkingDays() {
        SlaClock lebaran = SlaClock.start(DAYS, wib("2026-03-16T09:00"), 5);

        // Days begun while paused: 18-24 March (all holidays or cuti bersama, or weekend) and Wednesday 25 March.
        SlaClock resumed = lebaran.pause(wib("2026-03-17T10:00")).resume(wib("2026-03-25T10:00"));

        assertThat(resumed.pausedWorkingDays()).isEqualTo(1);
        assertThat(resumed.dueDate()).isEqualTo(DAYS.addWorkingDays(lebaran.dueDate(), 1));
    }

    @Test
    void pausesAddUp() {
        SlaClock twice = clock.pause(wib("2026-01-06T11:00")).resume(wib("2026-01-07T11:00"))
                .pause(wib("2026-01-08T11:00")).resume(wib("2026-01-09T11:00"));

        assertThat(twice.pausedWorkingDays()).isEqualTo(2);
        assertThat(twice.due()).isEqualTo(wib("2026-01-14T23:59:59.999"));
    }

    @Test
    void theClockIsBreachedOnlyAfterTheLastMillisecondOfTheDueDate() {
        assertThat(clock.breachedAt(DUE)).isFalse();
        assertThat(clock.breachedAt(DUE.minusMillis(1))).isFalse();
        assertThat(clock.breachedAt(DUE.plusMillis(1))).isTrue();
        assertThat(clock.breachedAt(wib("2026-01-13T00:00"))).isTrue();
    }

    @Test
    void aPausedClockDoesNotBreachWhileTheCitizenIsAwaited() {
        SlaClock paused = clock.pause(wib("2026-01-09T10:00"));

        assertThat(paused.breachedAt(wib("2026-02-20T10:00"))).isFalse();
    }

    @Test
    void aClockPausedAfterItsDeadlineStaysBreached() {
        SlaClock pausedLate = clock.pause(wib("2026-01-13T10:00"));

        assertThat(pausedLate.breachedAt(wib("2026-01-20T10:00"))).isTrue();
    }

    @Test
    void remainingWorkingDaysCountDownToZeroOnTheDueDateThenGoNegative() {
        assertThat(clock.remainingWorkingDays(wib("2026-01-05T09:00"))).isEqualTo(5);
        assertThat(clock.remainingWorkingDays(wib("2026-01-09T12:00"))).as("Friday").isEqualTo(1);
        assertThat(clock.remainingWorkingDays(wib("2026-01-10T12:00"))).as("Saturday").isEqualTo(1);
        assertThat(clock.remainingWorkingDays(wib("2026-01-12T12:00"))).as("due date").isZero();
        assertThat(clock.remainingWorkingDays(wib("2026-01-14T12:00"))).isEqualTo(-2);
    }

    @Test
    void remainingWorkingDaysStandStillWhilePausedAndAfterResuming() {
        SlaClock paused = clock.pause(wib("2026-01-06T11:00"));

        assertThat(paused.remainingWorkingDays(wib("2026-01-06T11:00"))).isEqualTo(4);
        assertThat(paused.remainingWorkingDays(wib("2026-01-30T11:00"))).isEqualTo(4);
        assertThat(paused.resume(wib("2026-01-08T11:00")).remainingWorkingDays(wib("2026-01-08T11:00")))
                .isEqualTo(4);
    }

    @Test
    void pausingAndResumingReturnNewClocksAndLeaveTheOldOnesAlone() {
        SlaClock paused = clock.pause(wib("2026-01-06T11:00"));
        SlaClock resumed = paused.resume(wib("2026-01-08T11:00"));

        assertThat(clock.isPaused()).isFalse();
        assertThat(clock.pausedWorkingDays()).isZero();
        assertThat(paused.isPaused()).isTrue();
        assertThat(paused.pausedSince()).contains(wib("2026-01-06T11:00"));
        assertThat(resumed.isPaused()).isFalse();
        assertThat(resumed.pausedSince()).isEmpty();
    }

    @Test
    void aClockIsStoredAsFourValuesAndRestoredFromThem() {
        SlaClock paused = clock.pause(wib("2026-01-06T11:00")).resume(wib("2026-01-08T11:00"))
                .pause(wib("2026-01-09T11:00"));

        SlaClock restored = SlaClock.restore(DAYS, paused.start(), paused.workingDays(),
                paused.pausedSince().orElse(null), paused.pausedWorkingDays());

        assertThat(restored).isEqualTo(paused).hasSameHashCodeAs(paused);
        assertThat(restored.start()).isEqualTo(SUBMITTED);
        assertThat(restored.workingDays()).isEqualTo(5);
        assertThat(restored.pausedWorkingDays()).isEqualTo(2);
        assertThat(restored.due()).isEqualTo(paused.due());
    }

    @Test
    void aPausedClockCannotBePausedAgainNorARunningOneResumed() {
        SlaClock paused = clock.pause(wib("2026-01-06T11:00"));

        assertThatThrownBy(() -> paused.pause(wib("2026-01-07T11:00"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> clock.resume(wib("2026-01-07T11:00"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void timeCannotRunBackwards() {
        assertThatThrownBy(() -> clock.pause(SUBMITTED.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        SlaClock paused = clock.pause(wib("2026-01-06T11:00"));
        assertThatThrownBy(() -> paused.resume(wib("2026-01-06T10:59"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> SlaClock.start(DAYS, SUBMITTED, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlaClock.restore(DAYS, SUBMITTED, 5, null, -2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
