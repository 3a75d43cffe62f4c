package id.satupintu.shared.events;

import id.satupintu.identity.CitizenRegistered;
import id.satupintu.shared.Ids;
import id.satupintu.shared.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events are never lost between the outbox and RabbitMQ: under load, the network to the broker (a {@link FaultyProxy})
 * black-holes an open connection, drops it, refuses connections, black-holes new ones, drops them, and heals; every
 * event committed meanwhile reaches a queue bound to the exchange (some twice: at least once), and no publication
 * is left incomplete. The application reaches RabbitMQ only through the proxy; the test's queue is read directly.
 */
@SpringBootTest(properties = {
        "satupintu.events.exchange=satupintu.test.faults",
        "satupintu.events.confirm-timeout=3s",
        "satupintu.events.retry-interval=250ms",
        "satupintu.events.retry-backoff=250ms",
        "satupintu.events.retry-max-backoff=2s",
        "satupintu.events.stale-after=20s",
        "satupintu.events.lease-duration=5s",
        "spring.rabbitmq.requested-heartbeat=2s",
        "spring.rabbitmq.connection-timeout=2s",
        "spring.rabbitmq.channel-rpc-timeout=2s"})
@ActiveProfiles("rabbit")
class BrokerFaultTest {

    private static final TenantId TENANT = TenantId.of("35.78");
    private static final FaultyProxy proxy = startProxy();
    private static CachingConnectionFactory direct;

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
        registry.add("spring.rabbitmq.port", proxy::port);
    }

    @BeforeAll
    static void rabbitMq() {
        RabbitTestSupport.requireRabbitMq();
        direct = new CachingConnectionFactory(RabbitTestSupport.HOST, RabbitTestSupport.PORT);
        direct.setUsername(System.getenv().getOrDefault("SATUPINTU_RABBIT_USER", "guest"));
        direct.setPassword(System.getenv().getOrDefault("SATUPINTU_RABBIT_PASSWORD", "guest"));
    }

    @AfterAll
    static void closeConnections() throws IOException {
        if (direct != null) {
            direct.destroy();
        }
        proxy.close();
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    TopicExchange exchange;
    @Autowired
    ConfirmedRabbitSender sender;
    @Autowired
    EventReceipts receipts;
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
    void noEventIsLostWhenTheBrokerConnectionIsBlackHoledDroppedAndRefusedUnderLoad() throws Exception {
        RabbitAdmin admin = new RabbitAdmin(direct);
        admin.declareExchange(new TopicExchange(exchange.getName(), true, false));
        Queue queue = RabbitTestSupport.queue(admin, exchange, "identity.CitizenRegistered");
        Map<UUID, AtomicInteger> received = new ConcurrentHashMap<>();
        SimpleMessageListenerContainer consumer = new SimpleMessageListenerContainer(direct);
        consumer.setQueueNames(queue.getName());
        consumer.setMessageListener(message -> EventHeaders.eventId(message.getMessageProperties())
                .ifPresent(id -> received.computeIfAbsent(id, x -> new AtomicInteger()).incrementAndGet()));
        consumer.start();
        try {
            Set<UUID> published = ConcurrentHashMap.newKeySet();
            AtomicBoolean publishing = new AtomicBoolean(true);
            List<Thread> load = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                load.add(Thread.ofPlatform().name("load-" + i).start(() -> publishWhile(publishing, published)));
            }

            Thread.sleep(3_000);
            proxy.blackHole();          // the open connection swallows publishes: written to the socket, never confirmed
            Thread.sleep(6_000);
            proxy.dropConnections();
            proxy.cut();                // connections refused
            Thread.sleep(3_000);
            proxy.blackHole();          // new connections accepted, their handshake swallowed
            Thread.sleep(3_000);
            proxy.dropConnections();
            proxy.heal();
            Thread.sleep(2_000);
            publishing.set(false);
            for (Thread thread : load) {
                thread.join();
            }
            long healedAt = System.nanoTime();

            // failures on the application's AMQP threads are the point of this test, not a reason to stop waiting
            await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200))
                    .until(() -> received.keySet().containsAll(published));
            await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(20))
                    .until(() -> registry.findIncompletePublications().stream()
                            .noneMatch(p -> p.getEvent() instanceof PublishedEvent e && published.contains(e.eventId())));

            int duplicates = received.entrySet().stream().filter(e -> published.contains(e.getKey()))
                    .mapToInt(e -> e.getValue().get() - 1).sum();
            System.out.printf("Broker fault test: %d events published under load, all %d received after healing "
                            + "(%d s to drain), %d duplicate deliveries, %d bytes swallowed by the black hole%n",
                    published.size(), published.size(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - healedAt),
                    duplicates, proxy.swallowedBytes());
            assertThat(published).hasSizeGreaterThan(100);
            assertThat(proxy.swallowedBytes()).as("the black hole took writes").isPositive();
            assertThat(received.keySet()).containsAll(published);
        } finally {
            consumer.stop();
            admin.deleteQueue(queue.getName());
        }
    }

    @Test
    void aConsumerDedupingWithReceiptsHandlesAMessageDeliveredTwiceOnce() throws Exception {
        RabbitAdmin admin = new RabbitAdmin(direct);
        admin.declareExchange(new TopicExchange(exchange.getName(), true, false));
        Queue queue = RabbitTestSupport.queue(admin, exchange, "identity.CitizenRegistered");
        RabbitTemplate reader = new RabbitTemplate(direct);
        CitizenRegistered registered = event();
        RoutingTarget target = RoutingTarget.forTarget(exchange.getName()).andKey("identity.CitizenRegistered");
        AtomicInteger effects = new AtomicInteger();
        try {
            // at least once: the same event sent twice (a resubmission after a lost confirm)
            sender.apply(target, registered).get(10, TimeUnit.SECONDS);
            sender.apply(target, registered).get(10, TimeUnit.SECONDS);

            for (int delivery = 0; delivery < 2; delivery++) {
                Message message = reader.receive(queue.getName(), 10_000);
                assertThat(message).isNotNull();
                UUID eventId = EventHeaders.eventId(message.getMessageProperties()).orElseThrow();
                transactions.executeWithoutResult(status -> {
                    if (receipts.firstDelivery("test.broker-consumer", eventId)) {
                        effects.incrementAndGet();
                    }
                });
            }

            assertThat(effects).hasValue(1);
        } finally {
            admin.deleteQueue(queue.getName());
        }
    }

    private void publishWhile(AtomicBoolean publishing, Set<UUID> published) {
        while (publishing.get()) {
            CitizenRegistered registered = event();
            transactions.executeWithoutResult(status -> events.publishEvent(registered));
            published.add(registered.eventId());
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static CitizenRegistered event() {
        return new CitizenRegistered(Ids.newId(), TENANT, UUID.randomUUID(), Instant.now());
    }

    private static FaultyProxy startProxy() {
        try {
            return new FaultyProxy(RabbitTestSupport.HOST, RabbitTestSupport.PORT);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the test proxy", e);
        }
    }
}
