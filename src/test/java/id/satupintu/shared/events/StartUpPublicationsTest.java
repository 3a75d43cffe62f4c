package id.satupintu.shared.events;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventPublicationRegistry;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Everything published while the application starts (the demo city's agencies, the catalogue's services) is
 * published inside a transaction and delivered when it commits: nothing waits for a resubmission. The resubmission
 * is off here (an hour), so only a delivery on commit can pass. A listener to every published event stands in for
 * the RabbitMQ externalizer of the {@code rabbit} profile.
 */
@SpringBootTest(properties = {"satupintu.events.retry-interval=1h", "satupintu.events.lease-duration=2h"})
class StartUpPublicationsTest {

    static class EveryPublishedEvent {

        private final Set<UUID> heard = ConcurrentHashMap.newKeySet();
        private final Set<String> types = ConcurrentHashMap.newKeySet();

        @ApplicationModuleListener
        void on(PublishedEvent event) {
            heard.add(event.eventId());
            types.add(EventHeaders.typeOf(event));
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

    @Test
    void noPublicationIsLeftIncompleteAfterStartUp() {
        await().atMost(Duration.ofSeconds(15)).until(() -> registry.findIncompletePublications().isEmpty());

        assertThat(listener.types()).as("the catalogue loaded its services on start").contains("catalog.ServicePublished");
        assertThat(listener.heard()).hasSizeGreaterThanOrEqualTo(50);
    }
}
