package id.satupintu.shared.events;

import id.satupintu.RequiresService;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;

import java.util.Map;
import java.util.UUID;

/** RabbitMQ for the event tests: skipped without a broker (failed under CI=true), queues private to the test. */
final class RabbitTestSupport {

    static final String HOST = System.getenv().getOrDefault("SATUPINTU_RABBIT_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("SATUPINTU_RABBIT_PORT", "5672"));

    private RabbitTestSupport() {
    }

    static void requireRabbitMq() {
        RequiresService.reachable("RabbitMQ", HOST, PORT);
    }

    /**
     * An exclusive queue with a random name bound to the exchange with {@code routingKey}: other tests on the same
     * broker never see or feed it, and it goes with the test's connection. Not auto-deleted: that would delete it
     * when the first {@code receive} cancels its consumer. (AnonymousQueue adds x-queue-leader-locator, which this
     * RabbitMQ refuses.)
     */
    static Queue queue(RabbitAdmin admin, TopicExchange exchange, String routingKey) {
        return queue(admin, exchange, routingKey, Map.of());
    }

    static Queue queue(RabbitAdmin admin, TopicExchange exchange, String routingKey, Map<String, Object> arguments) {
        Queue queue = new Queue("satupintu.test." + UUID.randomUUID(), false, true, false, arguments);
        admin.declareQueue(queue);
        admin.declareBinding(binding(queue, exchange, routingKey));
        return queue;
    }

    static Binding binding(Queue queue, TopicExchange exchange, String routingKey) {
        return BindingBuilder.bind(queue).to(exchange).with(routingKey);
    }

    /**
     * This node takes the resubmission lease. With PostgreSQL every cached test context shares one database and one
     * lease, and a node resubmits only to listeners it has: a test that needs its failed publications retried holds
     * the lease itself (it renews it on every pass) and releases it when done.
     */
    static void holdResubmissionLease(JdbcClient jdbc, ResubmissionLease lease, EventProperties properties) {
        jdbc.sql("UPDATE event_lease SET holder = NULL, expires_at = NULL").update();
        if (!lease.acquire(properties.leaseDuration())) {
            throw new IllegalStateException("another test context took the resubmission lease");
        }
    }

    /** Publications of the event with this id not yet completed (any listener). */
    static long incomplete(EventPublicationRegistry registry, UUID eventId) {
        return registry.findIncompletePublications().stream()
                .filter(p -> p.getEvent() instanceof PublishedEvent e && e.eventId().equals(eventId))
                .count();
    }
}
