package id.satupintu.shared.events;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * What makes a listener idempotent: each listener records the events it handled, in the same transaction as its
 * own work. A second delivery of the same event (a resubmitted publication, a message RabbitMQ delivered twice)
 * finds the receipt and does nothing; if the listener's work fails, the receipt rolls back with it.
 *
 * <pre>{@code
 * @ApplicationModuleListener
 * void on(ComplaintResolved resolved) {
 *     if (!receipts.firstDelivery("reputation.ratings", resolved.eventId())) return;
 *     ...
 * }
 * }</pre>
 *
 * A listener whose work is not transactional (sending an e-mail) still calls it first: the receipt commits with the
 * listener's transaction ({@code @ApplicationModuleListener} runs in one), so a failure before the commit retries.
 */
@Component
public class EventReceipts {

    private final JdbcClient jdbc;
    private final Clock clock;

    EventReceipts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that {@code listener} handles {@code eventId} now; false when it did so before. Must run inside the
     * listener's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(String listener, UUID eventId) {
        try {
            jdbc.sql("INSERT INTO event_receipt (listener, event_id, received_at) VALUES (:listener, :event, :at)")
                    .param("listener", listener).param("event", eventId)
                    .param("at", java.sql.Timestamp.from(clock.instant())).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
