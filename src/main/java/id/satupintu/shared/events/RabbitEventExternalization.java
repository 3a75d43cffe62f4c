package id.satupintu.shared.events;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

import java.util.concurrent.CompletableFuture;

/**
 * With several nodes ({@code rabbit} profile), every domain event of the application leaves the transactional
 * outbox (Modulith's JDBC event publication registry) for a RabbitMQ topic exchange, routed by its type name, so
 * live views on every node see every change. A publication is complete only once RabbitMQ has it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("rabbit")
class RabbitEventExternalization {

    @Bean
    TopicExchange eventsExchange(@Value("${satupintu.events.exchange:satupintu.events}") String exchange) {
        return new TopicExchange(exchange, true, false);
    }

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(TopicExchange exchange) {
        return EventExternalizationConfiguration.externalizing()
                .selectByPackage("id.satupintu")
                .routeAll(event -> RoutingTarget.forTarget(exchange.getName()).andKey(routingKey(event)))
                .build();
    }

    @Bean
    DelegatingEventExternalizer rabbitEventExternalizer(EventExternalizationConfiguration configuration, RabbitTemplate rabbit) {
        rabbit.setMessageConverter(new JacksonJsonMessageConverter());
        return new DelegatingEventExternalizer(configuration, (target, payload) -> {
            rabbit.convertAndSend(target.getTarget(), target.getKey(), payload);
            return CompletableFuture.completedFuture(null);
        });
    }

    /** {@code id.satupintu.identity.CitizenRegistered} → {@code identity.CitizenRegistered}. */
    static String routingKey(Object event) {
        String name = event.getClass().getName();
        return name.startsWith("id.satupintu.") ? name.substring("id.satupintu.".length()) : name;
    }
}
