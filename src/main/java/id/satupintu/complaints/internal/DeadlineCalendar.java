package id.satupintu.complaints.internal;

import id.satupintu.complaints.ResolutionTier;
import id.satupintu.shared.time.WorkingDays;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The clock and the working-day deadlines of SP4N-LAPOR!'s flow, as the complaint aggregate asks for them. */
@Component
class DeadlineCalendar {

    static final int VERIFY_DAYS = 3;
    static final int FOLLOW_UP_DAYS = 5;
    static final int AUTO_CLOSE_DAYS = 10;

    private final WorkingDays workingDays;
    private final Clock clock;

    DeadlineCalendar(WorkingDays workingDays, Clock clock) {
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** Microseconds: what both databases store, so a value read back equals the one written. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    Instant verifyDue(Instant submitted) {
        return workingDays.dueAt(submitted, VERIFY_DAYS);
    }

    Instant followUpDue(Instant dispatched) {
        return workingDays.dueAt(dispatched, FOLLOW_UP_DAYS);
    }

    Instant resolveDue(Instant from, ResolutionTier tier) {
        return workingDays.dueAt(from, tier.workingDays());
    }

    Instant autoCloseAt(Instant resolved) {
        return workingDays.dueAt(resolved, AUTO_CLOSE_DAYS);
    }
}
