package id.satupintu.shared.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Delivers again the event publications a listener has not completed for a while: the node died mid-delivery,
 * or the listener failed (a mail server down). Listeners are at-least-once: a second delivery must do no harm.
 */
@Component
class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration after;

    EventResubmission(IncompleteEventPublications incomplete, @Value("${satupintu.events.resubmit-after:5m}") Duration after) {
        this.incomplete = incomplete;
        this.after = after;
    }

    @Scheduled(initialDelayString = "${satupintu.events.resubmit-after:5m}", fixedDelayString = "${satupintu.events.resubmit-after:5m}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(after);
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete event publications failed; trying again later", e);
        }
    }
}
