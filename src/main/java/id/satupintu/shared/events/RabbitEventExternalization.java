package id.satupintu.shared.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.ConnectionFactoryCustomizer;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;
import org.springframework.boot.amqp.autoconfigure.RabbitTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * With several nodes ({@code rabbit} profile), the published events of every module ({@link PublishedEvent}s, the
 * modules' API) leave the transactional outbox (Modulith's JDBC event publication registry) for a RabbitMQ topic
 * exchange, routed by type ({@code complaints.ComplaintFiled}). Internal events never leave the process. A publication
 * completes only when the broker confirms the message ({@link ConfirmedRabbitSender}); until then it stays in the
 * outbox and {@link EventResubmission} sends it again.
 */
@Configuration(proxyBeanMethods = false)
@Profile("rabbit")
class RabbitEventExternalization {

    @Bean
    TopicExchange eventsExchange(EventProperties properties) {
        return new TopicExchange(properties.exchange(), true, false);
    }

    /** Picked up by Boot's RabbitTemplate: event bodies are JSON. */
    @Bean
    MessageConverter eventMessageConverter() {
        return new JacksonJsonMessageConverter();
    }

    /**
     * Returned (unroutable) messages are reported to the sender through their CorrelationData; without a callback
     * the template would also log "Returned message but no callback available" for each.
     */
    @Bean
    RabbitTemplateCustomizer returnsReportedWithConfirms() {
        return template -> template.setReturnsCallback(returned -> {
        });
    }

    /**
     * A broker (or proxy) that accepts the TCP connection but never answers holds a new connection no longer than
     * {@code spring.rabbitmq.connection-timeout} in the AMQP handshake either.
     */
    @Bean
    ConnectionFactoryCustomizer handshakeWithinConnectionTimeout(RabbitProperties rabbit) {
        return factory -> {
            if (rabbit.getConnectionTimeout() != null) {
                factory.setHandshakeTimeout((int) rabbit.getConnectionTimeout().toMillis());
            }
        };
    }

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(TopicExchange exchange) {
        return EventExternalizationConfiguration.externalizing()
                .selectByType(PublishedEvent.class)
                .routeAll(event -> RoutingTarget.forTarget(exchange.getName()).andKey(EventHeaders.typeOf(event)))
                .build();
    }

    @Bean
    ConfirmedRabbitSender confirmedRabbitSender(RabbitTemplate rabbit, EventProperties properties,
                                                ObjectProvider<MeterRegistry> meters) {
        return new ConfirmedRabbitSender(rabbit, properties, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    DelegatingEventExternalizer rabbitEventExternalizer(EventExternalizationConfiguration configuration,
                                                        ConfirmedRabbitSender sender) {
        return new DelegatingEventExternalizer(configuration, sender);
    }
}
