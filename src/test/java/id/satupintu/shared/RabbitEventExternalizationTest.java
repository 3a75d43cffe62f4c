package id.satupintu.shared;

import id.satupintu.RequiresService;
import id.satupintu.identity.CitizenRegistered;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Events leave the outbox for RabbitMQ: a committed event arrives on the exchange, routed by its type. */
@SpringBootTest
@ActiveProfiles("rabbit")
class RabbitEventExternalizationTest {

    @BeforeAll
    static void rabbitMq() {
        RequiresService.reachable("RabbitMQ", System.getenv().getOrDefault("SATUPINTU_RABBIT_HOST", "127.0.0.1"),
                Integer.parseInt(System.getenv().getOrDefault("SATUPINTU_RABBIT_PORT", "5672")));
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

    @Test
    void aCommittedDomainEventReachesTheBroker() {
        // A plain exclusive queue: AnonymousQueue adds x-queue-leader-locator, which this RabbitMQ refuses.
        Queue queue = new Queue("satupintu.test." + UUID.randomUUID(), false, true, true);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("identity.CitizenRegistered"));
        UUID account = UUID.randomUUID();

        transactions.executeWithoutResult(status -> events.publishEvent(new CitizenRegistered(TenantId.of("35.78"), account)));

        Message message = rabbit.receive(queue.getName(), 10_000);
        assertThat(message).as("event on RabbitMQ").isNotNull();
        assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).contains(account.toString());
    }
}
