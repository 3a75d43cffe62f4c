package id.satupintu.shared.events;

import id.satupintu.identity.CitizenRegistered;
import id.satupintu.shared.Ids;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.events.internal.SomethingInternalHappened;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Only published events leave the process, each with its id, and a publication completes only once the broker
 * confirmed the message.
 */
@SpringBootTest(properties = "satupintu.events.exchange=satupintu.test.externalization")
@ActiveProfiles("rabbit")
class RabbitEventExternalizationTest {

    private static final TenantId TENANT = TenantId.of("35.78");

    @BeforeAll
    static void rabbitMq() {
        RabbitTestSupport.requireRabbitMq();
    }

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    RabbitAdmin admin;
    @Autowired
    TopicExchange exchange;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    ConfirmedRabbitSender sender;
    @Autowired
    EventProperties properties;

    @Test
    void aPublishedEventReachesTheBrokerWithItsIdAndTypeAndItsPublicationCompletes() {
        Queue queue = RabbitTestSupport.queue(admin, exchange, "identity.CitizenRegistered");
        CitizenRegistered registered = new CitizenRegistered(Ids.newId(), TENANT, UUID.randomUUID(), Instant.now());

        transactions.executeWithoutResult(status -> events.publishEvent(registered));

        Message message = rabbit.receive(queue.getName(), 10_000);
        assertThat(message).as("event on RabbitMQ").isNotNull();
        assertThat(message.getMessageProperties().getMessageId()).isEqualTo(registered.eventId().toString());
        assertThat(EventHeaders.eventId(message.getMessageProperties())).contains(registered.eventId());
        assertThat(message.getMessageProperties().getHeaders())
                .containsEntry(EventHeaders.EVENT_TYPE, "identity.CitizenRegistered")
                .containsEntry(EventHeaders.TENANT, "35.78");
        assertThat(message.getMessageProperties().getReceivedRoutingKey()).isEqualTo("identity.CitizenRegistered");
        assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).contains(registered.accountId().toString());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> RabbitTestSupport.incomplete(registry, registered.eventId()) == 0);
    }

    @Test
    void anInternalEventNeverReachesTheBroker() {
        Queue everything = RabbitTestSupport.queue(admin, exchange, "#");
        UUID internalId = Ids.newId();
        CitizenRegistered marker = new CitizenRegistered(Ids.newId(), TENANT, UUID.randomUUID(), Instant.now());

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new SomethingInternalHappened(internalId, "internal"));
            events.publishEvent(marker);
        });

        try {
            // the published event sent in the same transaction arrives; the internal one is never there (other
            // published events of this context, e.g. retried ones of earlier tests, may pass by and are ignored)
            List<Message> seen = new ArrayList<>();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            boolean markerSeen = false;
            while (System.nanoTime() < until) {
                Message message = rabbit.receive(everything.getName(), markerSeen ? 1_000 : 10_000);
                if (message == null) {
                    break;
                }
                seen.add(message);
                markerSeen |= EventHeaders.eventId(message.getMessageProperties()).filter(marker.eventId()::equals).isPresent();
            }
            assertThat(markerSeen).as("the published event sent beside the internal one").isTrue();
            assertThat(seen).as("messages on the exchange").noneMatch(message ->
                    new String(message.getBody(), StandardCharsets.UTF_8).contains(internalId.toString())
                            || String.valueOf(message.getMessageProperties().getType()).contains("SomethingInternalHappened"));
        } finally {
            admin.deleteQueue(everything.getName()); // it would route the other tests' unroutable messages
        }
    }

    @Test
    void aSendTheBrokerRefusesFails() throws Exception {
        String key = "test.refused." + UUID.randomUUID();
        // a full queue that rejects publishes: RabbitMQ answers the publisher confirm with a nack
        RabbitTestSupport.queue(admin, exchange, key, Map.of("x-max-length", 0, "x-overflow", "reject-publish"));

        CompletableFuture<?> sent = sender.apply(RoutingTarget.forTarget(exchange.getName()).andKey(key), event());

        assertThatThrownBy(() -> sent.get(10, TimeUnit.SECONDS)).hasMessageContaining("refused");
    }

    @Test
    void aConfirmedSendCompletes() throws Exception {
        String key = "test.confirmed." + UUID.randomUUID();
        Queue queue = RabbitTestSupport.queue(admin, exchange, key);

        sender.apply(RoutingTarget.forTarget(exchange.getName()).andKey(key), event()).get(10, TimeUnit.SECONDS);

        assertThat(rabbit.receive(queue.getName(), 5_000)).isNotNull();
    }

    @Test
    void anUnroutableMessageIsNoticedAndFailsWhenARouteIsRequired() throws Exception {
        RoutingTarget nowhere = RoutingTarget.forTarget(exchange.getName()).andKey("test.nobody." + UUID.randomUUID());
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        EventProperties requireRoute = new EventProperties(properties.exchange(), properties.confirmTimeout(), true,
                properties.retryInterval(), properties.retryBackoff(), properties.retryMaxBackoff(),
                properties.retryBatchSize(), properties.staleAfter(), properties.leaseDuration());
        ConfirmedRabbitSender strict = new ConfirmedRabbitSender(rabbit, requireRoute, meters);
        ConfirmedRabbitSender lenient = new ConfirmedRabbitSender(rabbit, properties, meters);
        try {
            assertThatThrownBy(() -> strict.apply(nowhere, event()).get(10, TimeUnit.SECONDS))
                    .hasMessageContaining("No queue bound");
            lenient.apply(nowhere, event()).get(10, TimeUnit.SECONDS);
            assertThat(meters.counter("satupintu.events.sent", "outcome", "unroutable", "type", "identity.CitizenRegistered").count())
                    .isEqualTo(2);
        } finally {
            strict.destroy();
            lenient.destroy();
        }
    }

    private static CitizenRegistered event() {
        return new CitizenRegistered(Ids.newId(), TENANT, UUID.randomUUID(), Instant.now());
    }
}
