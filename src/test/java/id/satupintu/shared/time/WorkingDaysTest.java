package id.satupintu.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satupintu.shared.Clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** The worked examples of the due-date rule in {@link WorkingDays}, on the bundled calendar. */
class WorkingDaysTest {

    static final WorkingDays DAYS = new WorkingDays(HolidayCalendar.bundled());

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** An instant written as Asia/Jakarta wall-clock time. */
    static Instant wib(String isoLocalDateTime) {
        return LocalDateTime.parse(isoLocalDateTime).atZone(Clocks.JAKARTA).toInstant();
    }

    @Test
    void mondayToFridayAreWorkingDaysAndWeekendsAreNot() {
        assertThat(DAYS.isWorkingDay(date("2026-01-05"))).as("Monday").isTrue();
        assertThat(DAYS.isWorkingDay(date("2026-01-09"))).as("Friday").isTrue();
        assertThat(DAYS.isWorkingDay(date("2026-01-10"))).as("Saturday").isFalse();
        assertThat(DAYS.isWorkingDay(date("2026-01-11"))).as("Sunday").isFalse();
    }

    @Test
    void nationalHolidaysAndCutiBersamaAreNotWorkingDays() {
        assertThat(DAYS.isWorkingDay(date("2026-03-19"))).as("Nyepi, libur nasional").isFalse();
        assertThat(DAYS.isWorkingDay(date("2026-03-20"))).as("cuti bersama Idulfitri").isFalse();
        assertThat(DAYS.isWorkingDay(date("2025-08-18"))).as("cuti bersama added by the 2025 amendment").isFalse();
        assertThat(DAYS.isWorkingDay(date("2026-03-25"))).as("first day back after Lebaran").isTrue();
    }

    @Test
    void fridayPlusOneWorkingDayIsMonday() {
        assertThat(DAYS.addWorkingDays(date("2026-01-09"), 1)).isEqualTo(date("2026-01-12"));
    }

    @Test
    void countingAcrossAWeekendSkipsSaturdayAndSunday() {
        assertThat(DAYS.addWorkingDays(date("2026-01-08"), 3)).as("Thursday + 3").isEqualTo(date("2026-01-13"));
        assertThat(DAYS.workingDaysBetween(date("2026-01-08"), date("2026-01-13"))).isEqualTo(3);
    }

    @Test
    void countingAcrossIdulFitri2026SkipsNyepiLebaranAndTheirCutiBersama() {
        // 18 Mar cuti Nyepi, 19 Nyepi, 20 cuti, 21-22 Idulfitri (weekend), 23-24 cuti: 25 March is the next one.
        assertThat(DAYS.addWorkingDays(date("2026-03-17"), 1)).isEqualTo(date("2026-03-25"));
        assertThat(DAYS.addWorkingDays(date("2026-03-17"), 3)).isEqualTo(date("2026-03-27"));
        assertThat(DAYS.workingDaysBetween(date("2026-03-13"), date("2026-03-31"))).isEqualTo(7);
    }

    @Test
    void countingAcrossChristmasAndNewYear() {
        // 25 Dec 2025 Christmas, 26 cuti bersama, weekend, 1 Jan 2026 New Year.
        assertThat(DAYS.addWorkingDays(date("2025-12-24"), 1)).isEqualTo(date("2025-12-29"));
        assertThat(DAYS.addWorkingDays(date("2025-12-31"), 1)).isEqualTo(date("2026-01-02"));
    }

    @Test
    void startingOnASaturdayTheFirstWorkingDayIsMonday() {
        assertThat(DAYS.addWorkingDays(date("2026-01-10"), 1)).isEqualTo(date("2026-01-12"));
        assertThat(DAYS.workingDaysBetween(date("2026-01-10"), date("2026-01-12"))).isEqualTo(1);
    }

    @Test
    void addingZeroWorkingDaysLeavesTheDateAlone() {
        assertThat(DAYS.addWorkingDays(date("2026-01-07"), 0)).isEqualTo(date("2026-01-07"));
        assertThat(DAYS.addWorkingDays(date("2026-01-10"), 0)).as("even on a Saturday").isEqualTo(date("2026-01-10"));
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsRefused() {
        assertThatThrownBy(() -> DAYS.addWorkingDays(date("2026-01-07"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> DAYS.dueAt(wib("2026-01-07T10:00"), -3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenCountsTheEndButNotTheStart() {
        assertThat(DAYS.workingDaysBetween(date("2026-01-05"), date("2026-01-05"))).isZero();
        assertThat(DAYS.workingDaysBetween(date("2026-01-05"), date("2026-01-06"))).isEqualTo(1);
        assertThat(DAYS.workingDaysBetween(date("2026-01-09"), date("2026-01-11"))).as("Friday to Sunday").isZero();
        assertThat(DAYS.workingDaysBetween(date("2026-01-01"), date("2026-01-31")))
                .as("January 2026: 22 weekdays less 1 Jan (the start, not counted) and 16 Jan Isra Mikraj")
                .isEqualTo(20);
    }

    @Test
    void workingDaysBetweenIsNegativeWhenTheEndIsEarlier() {
        assertThat(DAYS.workingDaysBetween(date("2026-01-12"), date("2026-01-09"))).isEqualTo(-1);
        assertThat(DAYS.workingDaysBetween(date("2026-03-27"), date("2026-03-17"))).isEqualTo(-3);
    }

    @Test
    void aWholeYearOfWorkingDays() {
        // 2026: 261 weekdays, less 13 national holidays on weekdays (21-22 Mar, 5 Apr and 31 May are weekends) and 8 cuti.
        assertThat(DAYS.workingDaysBetween(date("2025-12-31"), date("2026-12-31"))).isEqualTo(261 - 13 - 8);
    }

    // dueAt: the worked examples of the class documentation

    @Test
    void caseSubmittedFridayMorningWithOneDayIsDueAtTheEndOfMonday() {
        Instant due = DAYS.dueAt(wib("2026-01-09T10:00"), 1);

        assertThat(due).isEqualTo(wib("2026-01-12T23:59:59.999"));
        assertThat(due).isEqualTo(Instant.parse("2026-01-12T16:59:59.999Z"));
    }

    @Test
    void caseSubmittedAfterOfficeHoursStartsCountingOnTheNextWorkingDay() {
        assertThat(DAYS.dueAt(wib("2026-01-09T16:30"), 1)).isEqualTo(wib("2026-01-13T23:59:59.999"));
        assertThat(DAYS.dueAt(wib("2026-01-09T16:00"), 1)).as("16:00 is already closed")
                .isEqualTo(wib("2026-01-13T23:59:59.999"));
        assertThat(DAYS.dueAt(wib("2026-01-09T15:59:59.999"), 1)).isEqualTo(wib("2026-01-12T23:59:59.999"));
    }

    @Test
    void caseSubmittedBeforeOfficeOpensCountsThatDay() {
        assertThat(DAYS.dayZero(wib("2026-01-09T05:00"))).isEqualTo(date("2026-01-09"));
    }

    @Test
    void caseSubmittedOnASaturdayStartsCountingOnMonday() {
        assertThat(DAYS.dayZero(wib("2026-01-10T10:00"))).isEqualTo(date("2026-01-12"));
        assertThat(DAYS.dueAt(wib("2026-01-10T10:00"), 1)).isEqualTo(wib("2026-01-13T23:59:59.999"));
    }

    @Test
    void caseSubmittedOnAHolidayStartsCountingOnTheNextWorkingDay() {
        assertThat(DAYS.dayZero(wib("2026-03-20T09:00"))).as("cuti bersama").isEqualTo(date("2026-03-25"));
    }

    @Test
    void caseSubmittedBeforeLebaranWithThreeDaysIsDueOnTheFridayAfter() {
        assertThat(DAYS.dueAt(wib("2026-03-17T09:00"), 3)).isEqualTo(wib("2026-03-27T23:59:59.999"));
    }

    @Test
    void zeroWorkingDaysMeansTheEndOfDayZero() {
        assertThat(DAYS.dueAt(wib("2026-01-05T09:00"), 0)).isEqualTo(wib("2026-01-05T23:59:59.999"));
        assertThat(DAYS.dueAt(wib("2026-01-10T09:00"), 0)).as("Saturday").isEqualTo(wib("2026-01-12T23:59:59.999"));
    }

    @Test
    void daysAreJakartaDaysNotUtcDays() {
        // Friday 20:00 UTC is Saturday 03:00 in Jakarta.
        Instant submitted = Instant.parse("2026-01-09T20:00:00Z");

        assertThat(DAYS.dayZero(submitted)).isEqualTo(date("2026-01-12"));
        assertThat(DAYS.dayZero(Instant.parse("2026-01-09T08:59:59Z"))).as("15:59:59 WIB").isEqualTo(date("2026-01-09"));
    }

    @Test
    void theClosingTimeCanBeConfigured() {
        WorkingDays closesAtThree = new WorkingDays(HolidayCalendar.bundled(), LocalTime.of(15, 0));

        assertThat(closesAtThree.dayZero(wib("2026-01-09T15:30"))).isEqualTo(date("2026-01-12"));
        assertThat(DAYS.dayZero(wib("2026-01-09T15:30"))).isEqualTo(date("2026-01-09"));
    }

    @Test
    void aYearWithoutAHolidayFileHasOnlyWeekendsOff() {
        assertThat(DAYS.calendar().officialYears()).doesNotContain(2030);
        assertThat(DAYS.isWorkingDay(date("2030-01-01"))).as("New Year 2030, not yet in any file").isTrue();
    }

    @Test
    void endOfDayIsTheLastMillisecondInJakarta() {
        assertThat(WorkingDays.endOf(date("2026-01-12"))).isEqualTo(Instant.parse("2026-01-12T16:59:59.999Z"));
    }
}
