package id.satupintu.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import id.satupintu.shared.Clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Laws of working-day arithmetic over generated dates from mid-2024 to 2028, so that the generated ranges cross
 * the bundled years, the provisional one and years without any file. Day counts are checked against a day-by-day
 * oracle written here, independent of the week arithmetic in {@link WorkingDays#workingDaysBetween}.
 */
class WorkingDaysPropertyTest {

    private static final WorkingDays DAYS = new WorkingDays(HolidayCalendar.bundled());
    private static final LocalDate FIRST = LocalDate.of(2024, 6, 1);
    private static final int SPAN = 4 * 366 + 180;

    private static LocalDate day(int offset) {
        return FIRST.plusDays(offset);
    }

    private static int countOneByOne(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
            boolean weekend = date.getDayOfWeek().getValue() >= 6;
            if (!weekend && !DAYS.calendar().isHoliday(date)) {
                count++;
            }
        }
        return count;
    }

    @Property
    void addingAtLeastOneWorkingDayAlwaysLandsOnAWorkingDay(@ForAll @IntRange(max = SPAN) int start,
                                                              @ForAll @IntRange(min = 1, max = 400) int n) {
        assertThat(DAYS.isWorkingDay(DAYS.addWorkingDays(day(start), n))).isTrue();
    }

    @Property
    void countingTheDaysAddedGivesBackTheirNumber(@ForAll @IntRange(max = SPAN) int start,
                                                  @ForAll @IntRange(max = 400) int n) {
        LocalDate from = day(start);

        assertThat(DAYS.workingDaysBetween(from, DAYS.addWorkingDays(from, n))).isEqualTo(n);
    }

    @Property
    void countingTheDaysAddedFromAWorkingDayGivesBackTheirNumber(@ForAll @IntRange(max = SPAN) int start,
                                                                 @ForAll @IntRange(max = 400) int n) {
        LocalDate workingDay = DAYS.addWorkingDays(day(start), 1);

        assertThat(DAYS.workingDaysBetween(workingDay, DAYS.addWorkingDays(workingDay, n))).isEqualTo(n);
    }

    @Property
    void oneMoreWorkingDayIsAlwaysLater(@ForAll @IntRange(max = SPAN) int start,
                                        @ForAll @IntRange(max = 400) int n) {
        LocalDate from = day(start);
        LocalDate later = DAYS.addWorkingDays(from, n + 1);

        assertThat(later).isAfter(DAYS.addWorkingDays(from, n));
        assertThat(countOneByOne(DAYS.addWorkingDays(from, n), later)).as("nothing skipped in between").isEqualTo(1);
    }

    @Property
    void moreWorkingDaysNeverEndEarlier(@ForAll @IntRange(max = SPAN) int start,
                                        @ForAll @IntRange(max = 400) int n, @ForAll @IntRange(max = 400) int m) {
        LocalDate from = day(start);

        assertThat(DAYS.addWorkingDays(from, Math.max(n, m)))
                .isAfterOrEqualTo(DAYS.addWorkingDays(from, Math.min(n, m)));
    }

    @Property
    void workingDaysBetweenAgreesWithCountingDayByDay(@ForAll @IntRange(max = SPAN) int a,
                                                      @ForAll @IntRange(max = SPAN) int b) {
        LocalDate from = day(Math.min(a, b));
        LocalDate to = day(Math.max(a, b));

        assertThat(DAYS.workingDaysBetween(from, to)).isEqualTo(countOneByOne(from, to));
        assertThat(DAYS.workingDaysBetween(to, from)).isEqualTo(-countOneByOne(from, to));
    }

    @Property
    void aDeadlineIsTheEndOfAWorkingDayAfterSubmission(
            @ForAll @LongRange(min = 1_717_200_000L, max = 1_861_920_000L) long epochSecond,
            @ForAll @IntRange(max = 60) int n) {
        Instant submitted = Instant.ofEpochSecond(epochSecond);
        Instant due = DAYS.dueAt(submitted, n);
        ZonedDateTime local = due.atZone(Clocks.JAKARTA);

        assertThat(due).isAfter(submitted);
        assertThat(DAYS.isWorkingDay(local.toLocalDate())).isTrue();
        assertThat(due.plusMillis(1)).isEqualTo(local.toLocalDate().plusDays(1).atStartOfDay(Clocks.JAKARTA).toInstant());
        assertThat(DAYS.workingDaysBetween(DAYS.dayZero(submitted), local.toLocalDate())).isEqualTo(n);
    }

    @Property
    void submittingLaterNeverMakesACaseDueEarlier(
            @ForAll @LongRange(min = 1_717_200_000L, max = 1_861_920_000L) long epochSecond,
            @ForAll @IntRange(max = 200_000) int secondsLater, @ForAll @IntRange(max = 60) int n) {
        Instant first = Instant.ofEpochSecond(epochSecond);

        assertThat(DAYS.dueAt(first.plusSeconds(secondsLater), n)).isAfterOrEqualTo(DAYS.dueAt(first, n));
    }
}
