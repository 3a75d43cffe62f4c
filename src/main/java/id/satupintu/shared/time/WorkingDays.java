package id.satupintu.shared.time;

import id.satupintu.shared.Clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Working-day (hari kerja) arithmetic for service-level deadlines. A working day is a Monday to Friday that is not
 * a holiday or cuti bersama in the {@link HolidayCalendar}; dates and times of day are those of Asia/Jakarta
 * ({@link Clocks#JAKARTA}). Pure and immutable: Spring only builds it.
 *
 * <h2>The due-date rule</h2>
 * A case submitted at instant {@code s} with an SLA of {@code n} working days ({@code n ≥ 0}):
 * <ol>
 *   <li><b>Day 0</b> ({@link #dayZero}) is the Jakarta date of {@code s} if that date is a working day and the time
 *       of day is before the office closes ({@link #officeClosesAt()}, 16:00 unless configured; 16:00:00 itself
 *       is after). Otherwise day 0 is the next working day: a case filed on Saturday, on a holiday, or on Friday
 *       evening starts counting on the following working day.</li>
 *   <li>The <b>due date</b> is the {@code n}-th working day after day 0 ({@link #addWorkingDays}); with
 *       {@code n = 0} it is day 0 itself.</li>
 *   <li>The case is <b>due at</b> the end of the due date: 23:59:59.999 Asia/Jakarta ({@link #endOf}). It is
 *       breached at any instant after that; the last millisecond is chosen so the deadline survives storage in
 *       any database column unchanged.</li>
 * </ol>
 * Worked examples (2026): submitted Friday 9 January 10:00 with 1 day → due Monday 12 January 23:59:59.999;
 * the same Friday at 16:30 → day 0 is Monday, due Tuesday 13 January; submitted Saturday 10 January → due Tuesday;
 * submitted Tuesday 17 March 09:00 with 3 days → 18–24 March are Nyepi, Idulfitri and their cuti bersama, so the
 * days counted are 25, 26 and 27 March and the case is due Friday 27 March.
 */
public final class WorkingDays {

    /** When offices stop counting a day as day 0 unless configured otherwise. */
    public static final LocalTime DEFAULT_OFFICE_CLOSES_AT = LocalTime.of(16, 0);

    private final HolidayCalendar calendar;
    private final LocalTime officeClosesAt;

    public WorkingDays(HolidayCalendar calendar) {
        this(calendar, DEFAULT_OFFICE_CLOSES_AT);
    }

    public WorkingDays(HolidayCalendar calendar, LocalTime officeClosesAt) {
        this.calendar = calendar;
        this.officeClosesAt = officeClosesAt;
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    public LocalTime officeClosesAt() {
        return officeClosesAt;
    }

    /** Monday to Friday and not a holiday or cuti bersama. */
    public boolean isWorkingDay(LocalDate date) {
        return !HolidayCalendar.isWeekend(date) && !calendar.isHoliday(date);
    }

    /**
     * The {@code n}-th working day strictly after {@code start}; {@code start} itself when {@code n} is 0 (even if
     * it is not a working day). Friday + 1 = Monday; Saturday + 1 = Monday.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        requireNotNegative(n);
        LocalDate date = start;
        for (int counted = 0; counted < n; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The number of working days {@code d} with {@code fromExclusive < d ≤ toInclusive}; 0 when the dates are
     * equal, and the negated count of {@code (toInclusive, fromExclusive]} when {@code toInclusive} is earlier, so
     * that a deadline already passed gives a negative number. For every date {@code d} and {@code n ≥ 0},
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        long days = toInclusive.toEpochDay() - fromExclusive.toEpochDay();
        long weekdays = days / 7 * 5;
        for (LocalDate date = fromExclusive.plusDays(days / 7 * 7 + 1); !date.isAfter(toInclusive);
             date = date.plusDays(1)) {
            if (!HolidayCalendar.isWeekend(date)) {
                weekdays++;
            }
        }
        return Math.toIntExact(weekdays - calendar.weekdayHolidaysBetween(fromExclusive, toInclusive));
    }

    /** The first day that counts for a case submitted at {@code submitted}: rule 1 of the class documentation. */
    public LocalDate dayZero(Instant submitted) {
        ZonedDateTime local = submitted.atZone(Clocks.JAKARTA);
        LocalDate date = local.toLocalDate();
        boolean countsToday = isWorkingDay(date) && local.toLocalTime().isBefore(officeClosesAt);
        return countsToday ? date : addWorkingDays(date, 1);
    }

    /** The Jakarta date on which a case submitted at {@code submitted} with {@code n} working days falls due. */
    public LocalDate dueDate(Instant submitted, int n) {
        requireNotNegative(n);
        return addWorkingDays(dayZero(submitted), n);
    }

    /**
     * The last instant at which a case submitted at {@code submitted} with an SLA of {@code n} working days is on
     * time: the end of its {@link #dueDate}.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public Instant dueAt(Instant submitted, int n) {
        return endOf(dueDate(submitted, n));
    }

    /** 23:59:59.999 on {@code date} in Asia/Jakarta: the end of day used for every deadline. */
    public static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(Clocks.JAKARTA).toInstant().minusMillis(1);
    }

    /** The Asia/Jakarta date of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, Clocks.JAKARTA);
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative: " + n);
        }
    }
}
