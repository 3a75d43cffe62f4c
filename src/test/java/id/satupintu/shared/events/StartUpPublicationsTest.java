package id.satupintu.shared.events;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Everything published while the application starts (the demo city's agencies, the catalogue's services) is
 * published inside a transaction and delivered when it commits: nothing waits for a resubmission. The resubmission
 * is off here (an hour), so only a delivery on commit can pass. A listener to every published event stands in for
 * the RabbitMQ externalizer of the {@code rabbit} profile (which the catalogue's start-up load, run outside its
 * transaction, left with 50 undelivered {@code ServicePublished}).
 */
@SpringBootTest(properties = {"satupintu.events.retry-interval=1h", "satupintu.events.lease-duration=2h"})
class StartUpPublicationsTest {

    static class EveryPublishedEvent {

        private final Set<UUID> published = ConcurrentHashMap.newKeySet();
        private final Set<UUID> heard = ConcurrentHashMap.newKeySet();
        private final Set<String> types = ConcurrentHashMap.newKeySet();

        /** Every published event as it is published (in its transaction, or without one). */
        @EventListener
        void published(PublishedEvent event) {
            published.add(event.eventId());
            types.add(EventHeaders.typeOf(event));
        }

        /** Every published event delivered after its transaction committed. */
        @ApplicationModuleListener
        void on(PublishedEvent event) {
            heard.add(event.eventId());
        }

        Set<UUID> published() {
            return published;
        }

        Set<UUID> heard() {
            return heard;
        }

        Set<String> types() {
            return types;
        }
    }

    @TestConfiguration
    static class Listener {

        @Bean
        EveryPublishedEvent everyPublishedEvent() {
            return new EveryPublishedEvent();
        }
    }

    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    EveryPublishedEvent listener;
    @Autowired
    ResubmissionLease lease;

    @AfterEach
    void releaseTheLease() {
        lease.release(); // taken for two hours on start; other test contexts may share a PostgreSQL database
    }

    @Test
    void everyEventPublishedWhileStartingIsDeliveredAndNoneIsLeftIncomplete() {
        // a PostgreSQL database shared with earlier test contexts has the demo city and catalogue loaded already
        assumeTrue(!listener.published().isEmpty(), "this start-up published nothing (database loaded before)");
        assertThat(listener.types()).as("the catalogue loaded its services on start").contains("catalog.ServicePublished");

        await().atMost(Duration.ofSeconds(15)).until(() -> listener.heard().containsAll(listener.published()));
        assertThat(registry.findIncompletePublications())
                .noneMatch(p -> p.getEvent() instanceof PublishedEvent e && listener.published().contains(e.eventId()));
    }
}
