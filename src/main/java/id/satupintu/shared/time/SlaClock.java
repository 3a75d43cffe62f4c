package id.satupintu.shared.time;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A service-level deadline of some working days that stops while the case waits for the citizen (a missing
 * document, a question). Immutable: {@link #pause} and {@link #resume} return a new clock. Its state is four
 * values meant for four columns — {@link #start()}, {@link #workingDays()}, {@link #pausedSince()} (nullable
 * column) and {@link #pausedWorkingDays()} — and {@link #restore} builds it back from them.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Without pauses the clock is due at {@link WorkingDays#dueAt(Instant, int) dueAt(start, workingDays)}.</li>
 *   <li><b>A pause gives back every working day that began while the clock was paused</b>: resuming at {@code r}
 *       a pause begun at {@code p} adds the working days {@code d} whose midnight (Asia/Jakarta) lies in
 *       {@code (p, r]}, i.e. {@code workingDaysBetween(date(p), date(r))}, and the due date moves that many
 *       working days later. A pause within one day, or from Friday evening to Sunday, gives back nothing; from
 *       Monday 11:00 to Wednesday 11:00 it gives back two (Tuesday and Wednesday); from Friday 17:00 to Monday
 *       08:00 it gives back Monday; across Lebaran only the working days count, not the holidays.</li>
 *   <li>While paused, time stands still at the pause: the clock cannot become breached (unless it already was
 *       when paused) and the remaining working days do not go down.</li>
 *   <li>Answers about an instant are meant for instants at or after the last pause or resume; earlier instants
 *       are not remembered.</li>
 * </ul>
 * Pausing a paused clock or resuming a running one is a mistake of the caller's state machine and throws
 * {@link IllegalStateException}. Equality compares the four stored values, not the calendar.
 */
public final class SlaClock {

    private final WorkingDays calendar;
    private final Instant start;
    private final int workingDays;
    private final @Nullable Instant pausedSince;
    private final int pausedWorkingDays;

    private SlaClock(WorkingDays calendar, Instant start, int workingDays, @Nullable Instant pausedSince,
                     int pausedWorkingDays) {
        if (workingDays < 0 || pausedWorkingDays < 0) {
            throw new IllegalArgumentException("Working days cannot be negative: " + workingDays + ", paused "
                    + pausedWorkingDays);
        }
        if (pausedSince != null && pausedSince.isBefore(start)) {
            throw new IllegalArgumentException("A clock started at " + start + " cannot be paused at " + pausedSince);
        }
        this.calendar = Objects.requireNonNull(calendar);
        this.start = Objects.requireNonNull(start);
        this.workingDays = workingDays;
        this.pausedSince = pausedSince;
        this.pausedWorkingDays = pausedWorkingDays;
    }

    /** A running clock for a case submitted {@code at}, due in {@code workingDays} working days. */
    public static SlaClock start(WorkingDays calendar, Instant at, int workingDays) {
        return new SlaClock(calendar, at, workingDays, null, 0);
    }

    /** The clock stored as its four values. */
    public static SlaClock restore(WorkingDays calendar, Instant start, int workingDays,
                                   @Nullable Instant pausedSince, int pausedWorkingDays) {
        return new SlaClock(calendar, start, workingDays, pausedSince, pausedWorkingDays);
    }

    /** Stops the clock at {@code at} (the case now waits for the citizen). */
    public SlaClock pause(Instant at) {
        if (pausedSince != null) {
            throw new IllegalStateException("The clock is already paused since " + pausedSince);
        }
        return new SlaClock(calendar, start, workingDays, at, pausedWorkingDays);
    }

    /** Starts the clock again at {@code at}, giving back the working days that began while it was paused. */
    public SlaClock resume(Instant at) {
        Instant since = pausedSince;
        if (since == null) {
            throw new IllegalStateException("The clock is not paused");
        }
        if (at.isBefore(since)) {
            throw new IllegalArgumentException("Cannot resume at " + at + " a clock paused at " + since);
        }
        int givenBack = calendar.workingDaysBetween(WorkingDays.dateOf(since), WorkingDays.dateOf(at));
        return new SlaClock(calendar, start, workingDays, null, Math.addExact(pausedWorkingDays, givenBack));
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    /**
     * The last on-time instant, counting the pauses already ended; while paused, the working days of the running
     * pause are added only when it ends.
     */
    public Instant due() {
        return WorkingDays.endOf(dueDate());
    }

    /** The Jakarta date of {@link #due()}. */
    public LocalDate dueDate() {
        return calendar.dueDate(start, Math.addExact(workingDays, pausedWorkingDays));
    }

    /** Whether the deadline has passed at {@code now}: strictly after {@link #due()}, time frozen while paused. */
    public boolean breachedAt(Instant now) {
        return effective(now).isAfter(due());
    }

    /**
     * Working days left at {@code now}: the working days after today (Asia/Jakarta) up to and including the due
     * date. 0 on the due date itself, negative once it has passed; frozen while paused.
     */
    public long remainingWorkingDays(Instant now) {
        return calendar.workingDaysBetween(WorkingDays.dateOf(effective(now)), dueDate());
    }

    private Instant effective(Instant now) {
        Instant since = pausedSince;
        return since != null && since.isBefore(now) ? since : now;
    }

    /** When the case was submitted: column {@code start}. */
    public Instant start() {
        return start;
    }

    /** The SLA in working days: column {@code working_days}. */
    public int workingDays() {
        return workingDays;
    }

    /** When the running pause began, empty while running: nullable column {@code paused_since}. */
    public Optional<Instant> pausedSince() {
        return Optional.ofNullable(pausedSince);
    }

    /** Working days given back by the pauses already ended: column {@code paused_working_days}. */
    public int pausedWorkingDays() {
        return pausedWorkingDays;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SlaClock that
                && start.equals(that.start)
                && workingDays == that.workingDays
                && Objects.equals(pausedSince, that.pausedSince)
                && pausedWorkingDays == that.pausedWorkingDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, workingDays, pausedSince, pausedWorkingDays);
    }

    @Override
    public String toString() {
        return "SlaClock[start=" + start + ", workingDays=" + workingDays + ", pausedSince=" + pausedSince
                + ", pausedWorkingDays=" + pausedWorkingDays + "]";
    }
}
