package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node looks for passed complaint deadlines and for resolutions nobody answered on a schedule; flags and
 * closes are conditional, so each happens once however many nodes look at the same time.
 */
@Component
class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final ComplaintDeadlines complaints;

    DeadlineWatch(ComplaintDeadlines complaints) {
        this.complaints = complaints;
    }

    @Scheduled(initialDelayString = "${satupintu.complaints.overdue-check-interval:1m}",
            fixedDelayString = "${satupintu.complaints.overdue-check-interval:1m}")
    void check() {
        try {
            int flagged = complaints.detectOverdue();
            int closed = complaints.autoClose();
            if (flagged + closed > 0) {
                log.info("Complaint deadlines: {} newly overdue, {} closed without the reporter's answer", flagged, closed);
            }
        } catch (RuntimeException e) {
            log.warn("Complaint deadline check failed; it runs again at the next interval", e);
        }
    }
}
