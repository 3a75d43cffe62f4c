package id.satupintu.shared.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How events leave the process and how undelivered ones are retried (documented in docs/operations.md).
 *
 * @param exchange         RabbitMQ topic exchange published events are sent to ({@code rabbit} profile)
 * @param confirmTimeout   a send the broker has not confirmed within this long counts as failed and is retried
 * @param requireRoute     true: a message no queue was bound for (returned by the broker) counts as failed and is
 *                         retried; false: it is logged and counted, and the publication completes
 * @param retryInterval    how often each node tries to take the resubmission lease and retry what failed
 * @param retryBackoff     wait before the first retry of a failed publication; doubles with every attempt
 * @param retryMaxBackoff  the longest wait between two attempts of one publication
 * @param retryBatchSize   publications retried in one pass at most
 * @param staleAfter       a publication started this long ago and still neither completed nor failed was left
 *                         behind by a node that died (or hangs): it is marked failed, then retried. Longer than
 *                         any listener may legitimately take, {@code confirmTimeout} included
 * @param leaseDuration    the resubmission lease lasts this long unless renewed; a node that dies holding it
 *                         gives it up after this long
 */
@ConfigurationProperties("satupintu.events")
record EventProperties(String exchange, Duration confirmTimeout, boolean requireRoute, Duration retryInterval,
                       Duration retryBackoff, Duration retryMaxBackoff, int retryBatchSize, Duration staleAfter,
                       Duration leaseDuration) {

    EventProperties {
        exchange = exchange == null || exchange.isBlank() ? "satupintu.events" : exchange;
        confirmTimeout = positiveOr(confirmTimeout, Duration.ofSeconds(10));
        retryInterval = positiveOr(retryInterval, Duration.ofSeconds(1));
        retryBackoff = positiveOr(retryBackoff, Duration.ofSeconds(1));
        retryMaxBackoff = positiveOr(retryMaxBackoff, Duration.ofSeconds(30));
        retryBatchSize = retryBatchSize <= 0 ? 500 : retryBatchSize;
        staleAfter = positiveOr(staleAfter, Duration.ofMinutes(1));
        leaseDuration = positiveOr(leaseDuration, Duration.ofSeconds(15));
        if (retryMaxBackoff.compareTo(retryBackoff) < 0) {
            throw new IllegalArgumentException("satupintu.events.retry-max-backoff must not be shorter than retry-backoff");
        }
        if (staleAfter.compareTo(confirmTimeout) <= 0) {
            throw new IllegalArgumentException("satupintu.events.stale-after must be longer than confirm-timeout,"
                    + " or sends still waiting for their confirm would be sent again");
        }
        if (leaseDuration.compareTo(retryInterval) <= 0) {
            throw new IllegalArgumentException("satupintu.events.lease-duration must be longer than retry-interval,"
                    + " or the lease lapses between two passes of its holder");
        }
    }

    /** How long a publication that failed {@code attempts} times waits before its next attempt. */
    Duration backoffAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration wait = retryBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(retryMaxBackoff) > 0 ? retryMaxBackoff : wait;
    }

    private static Duration positiveOr(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}
