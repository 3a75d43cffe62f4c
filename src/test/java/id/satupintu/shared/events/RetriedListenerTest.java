package id.satupintu.shared.events;

import id.satupintu.shared.Ids;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With the default settings a failed listener is delivered again within seconds, and a deduping listener acts once. */
@SpringBootTest
class RetriedListenerTest {

    /** Fails its first {@code failures} deliveries. */
    record Flaky(UUID eventId, int failures) {
    }

    record Counted(UUID eventId) {
    }

    static class Listeners {

        private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final Map<UUID, AtomicInteger> effects = new ConcurrentHashMap<>();
        private final EventReceipts receipts;

        Listeners(EventReceipts receipts) {
            this.receipts = receipts;
        }

        @ApplicationModuleListener
        void on(Flaky flaky) {
            if (attempts.computeIfAbsent(flaky.eventId(), id -> new AtomicInteger()).incrementAndGet() <= flaky.failures()) {
                throw new IllegalStateException("the mail server is down (attempt " + attempts.get(flaky.eventId()) + ")");
            }
            effects.computeIfAbsent(flaky.eventId(), id -> new AtomicInteger()).incrementAndGet();
        }

        @ApplicationModuleListener
        void on(Counted counted) {
            attempts.computeIfAbsent(counted.eventId(), id -> new AtomicInteger()).incrementAndGet();
            if (!receipts.firstDelivery("test.counted", counted.eventId())) {
                return;
            }
            effects.computeIfAbsent(counted.eventId(), id -> new AtomicInteger()).incrementAndGet();
        }

        int attempts(UUID id) {
            return attempts.getOrDefault(id, new AtomicInteger()).get();
        }

        int effects(UUID id) {
            return effects.getOrDefault(id, new AtomicInteger()).get();
        }
    }

    @TestConfiguration
    static class Config {

        @Bean
        Listeners retriedListeners(EventReceipts receipts) {
            return new Listeners(receipts);
        }
    }

    @Autowired
    Listeners listeners;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResubmissionLease lease;
    @Autowired
    EventProperties properties;

    @BeforeEach
    void thisNodeRetries() {
        RabbitTestSupport.holdResubmissionLease(jdbc, lease, properties);
    }

    @AfterEach
    void releaseTheLease() {
        lease.release();
    }

    @Test
    void aFailedListenerIsDeliveredAgainWithinSeconds() {
        Flaky flaky = new Flaky(Ids.newId(), 2);

        transactions.executeWithoutResult(status -> events.publishEvent(flaky));

        // back-off 1 s after the first attempt, 2 s after the second, passes every second
        await().atMost(Duration.ofSeconds(10)).until(() -> listeners.effects(flaky.eventId()) == 1);
        assertThat(listeners.attempts(flaky.eventId())).isEqualTo(3);
        await().atMost(Duration.ofSeconds(5)).until(() -> registry.findIncompletePublications().stream()
                .noneMatch(p -> p.getEvent().equals(flaky)));
    }

    @Test
    void aListenerDedupingWithReceiptsActsOnceOnAnEventDeliveredTwice() {
        Counted counted = new Counted(Ids.newId());

        transactions.executeWithoutResult(status -> events.publishEvent(counted));
        transactions.executeWithoutResult(status -> events.publishEvent(counted));

        await().atMost(Duration.ofSeconds(10)).until(() -> listeners.attempts(counted.eventId()) == 2);
        assertThat(listeners.effects(counted.eventId())).isEqualTo(1);
    }
}
