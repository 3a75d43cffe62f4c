package id.satupintu.shared.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Delivers again the event publications that did not complete: a listener failed (a mail server down, RabbitMQ did
 * not confirm), or a node died in the middle of a delivery or re-delivery. Every {@code retry-interval} (1 s) each
 * node tries to take the {@link ResubmissionLease}; the node holding it
 * <ol>
 *   <li>marks failed what a dead node left behind: publications still published, processing or resubmitted whose
 *       last attempt started more than {@code stale-after} ago (Modulith's own staleness monitor measures from the
 *       publication date, so it would also fail a re-delivery of an old event that is still running);</li>
 *   <li>resubmits failed publications whose back-off has passed ({@code retry-backoff} after the first attempt,
 *       doubling up to {@code retry-max-backoff}), oldest first, at most {@code retry-batch-size} per pass.</li>
 * </ol>
 * Listeners are at least once: a second delivery must do no harm ({@link EventReceipts}).
 */
@Component
class EventResubmission implements SchedulingConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);
    private static final List<String> UNFINISHED = List.of(Status.PUBLISHED.name(), Status.PROCESSING.name(), Status.RESUBMITTED.name());

    private final FailedEventPublications failed;
    private final ResubmissionLease lease;
    private final JdbcClient jdbc;
    private final EventProperties properties;
    private final Clock clock;

    EventResubmission(FailedEventPublications failed, ResubmissionLease lease, JdbcClient jdbc, EventProperties properties, Clock clock) {
        this.failed = failed;
        this.lease = lease;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::pass, properties.retryInterval());
    }

    /** One pass; does nothing unless this node holds the lease. */
    void pass() {
        try {
            if (!lease.acquire(properties.leaseDuration())) {
                return;
            }
            int stale = failStale();
            if (stale > 0) {
                log.warn("{} event publication(s) left unfinished for over {} (a node died or hangs): delivering them again",
                        stale, properties.staleAfter());
            }
            Instant now = clock.instant();
            failed.resubmit(ResubmissionOptions.defaults()
                    .withBatchSize(properties.retryBatchSize())
                    .withFilter(publication -> due(publication, now)));
        } catch (RuntimeException e) {
            log.warn("Resubmitting event publications failed; trying again in {}", properties.retryInterval(), e);
        }
    }

    /** Marks failed the publications whose last attempt began more than {@code stale-after} ago and never ended. */
    int failStale() {
        return jdbc.sql("""
                        UPDATE event_publication SET status = :failed
                         WHERE status IN (:unfinished) AND completion_date IS NULL
                           AND COALESCE(last_resubmission_date, publication_date) < :before""")
                .param("failed", Status.FAILED.name()).param("unfinished", UNFINISHED)
                .param("before", Timestamp.from(clock.instant().minus(properties.staleAfter())))
                .update();
    }

    private boolean due(EventPublication publication, Instant now) {
        Instant lastAttempt = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate() : publication.getPublicationDate();
        return !now.isBefore(lastAttempt.plus(properties.backoffAfter(publication.getCompletionAttempts())));
    }

    @Override
    public void destroy() {
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.debug("Could not release the resubmission lease; it expires by itself", e);
        }
    }
}
