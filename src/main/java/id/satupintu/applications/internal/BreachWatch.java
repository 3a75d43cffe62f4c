package id.satupintu.applications.internal;

import id.satupintu.applications.SlaWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node looks for passed deadlines on a schedule; marking a breach is a conditional update, so each is
 * recorded, published and escalated once however many nodes look at the same time.
 */
@Component
class BreachWatch {

    private static final Logger log = LoggerFactory.getLogger(BreachWatch.class);

    private final SlaWatch watch;

    BreachWatch(SlaWatch watch) {
        this.watch = watch;
    }

    @Scheduled(initialDelayString = "${satupintu.applications.breach-check-interval:1m}",
            fixedDelayString = "${satupintu.applications.breach-check-interval:1m}")
    void check() {
        try {
            watch.detectBreaches();
        } catch (RuntimeException e) {
            log.warn("SLA breach check failed; it runs again at the next interval", e);
        }
    }
}
