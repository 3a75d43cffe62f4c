package id.satupintu.shared.events;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.ReturnedMessage;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitOperations;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.modulith.events.RoutingTarget;

import java.util.Date;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * Sends a published event to RabbitMQ and answers a future that completes only when the broker confirms it
 * (publisher confirm, ack) and fails on a nack, a closed channel or connection, a failed send, or no confirm within
 * {@code satupintu.events.confirm-timeout}. Spring Modulith completes the event publication when the future completes
 * and marks it failed when it fails (its {@code CompletionRegisteringAdvisor}); failed publications are retried by
 * {@link EventResubmission}. Writing to the socket is not delivery: a black-holed connection swallows writes.
 */
class ConfirmedRabbitSender implements BiFunction<RoutingTarget, Object, CompletableFuture<?>>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ConfirmedRabbitSender.class);

    private final RabbitTemplate rabbit;
    private final EventProperties properties;
    private final MeterRegistry meters;
    /**
     * Where sends run and futures complete: Modulith marks the publication completed or failed (a database
     * transaction) in whatever thread completes the future, and that must not be the AMQP connection's thread that
     * delivers confirms.
     */
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    /** Types found unroutable: warned about once per node, then only counted. */
    private final Set<String> unroutableTypes = ConcurrentHashMap.newKeySet();

    ConfirmedRabbitSender(RabbitTemplate rabbit, EventProperties properties, MeterRegistry meters) {
        if (!rabbit.getConnectionFactory().isPublisherConfirms()) {
            throw new IllegalStateException("RabbitMQ publisher confirms are off: set spring.rabbitmq.publisher-confirm-type=correlated");
        }
        this.rabbit = rabbit;
        this.properties = properties;
        this.meters = meters;
    }

    @Override
    public CompletableFuture<?> apply(RoutingTarget target, Object payload) {
        if (!(payload instanceof PublishedEvent event)) {
            // the externalization selects published events only; anything else here is a wiring mistake
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "Only published events leave the process, not " + payload.getClass().getName()));
        }
        String type = EventHeaders.typeOf(event);
        CorrelationData correlation = new CorrelationData(UUID.randomUUID().toString());
        // the clock starts before the send: a send blocked on a dead connection fails in time as well
        CompletableFuture<CorrelationData.Confirm> confirm = correlation.getFuture()
                .orTimeout(properties.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
        CompletableFuture<Void> sent = new CompletableFuture<>();
        confirm.whenCompleteAsync((answer, failure) -> {
            Throwable notDelivered = outcome(event, type, correlation, answer, failure);
            if (notDelivered == null) {
                sent.complete(null);
            } else {
                sent.completeExceptionally(notDelivered);
            }
        }, workers);
        try {
            // sent from a thread of its own, so that the future is returned at once: Modulith marks the publication
            // failed when it times out even while the send still waits for a connection to a dead broker
            workers.execute(() -> send(target, event, type, correlation));
        } catch (RejectedExecutionException e) {
            correlation.getFuture().completeExceptionally(e); // shutting down
        }
        return sent;
    }

    private void send(RoutingTarget target, PublishedEvent event, String type, CorrelationData correlation) {
        try {
            // the channel (and connection) is taken first: a send that waited past its timeout for one (a dead or
            // black-holed broker) is dropped, not published late next to the retry that replaced it
            rabbit.invoke(operations -> {
                if (!correlation.getFuture().isDone()) {
                    publish(operations, target, event, type, correlation);
                }
                return null;
            });
        } catch (RuntimeException e) {
            correlation.getFuture().completeExceptionally(e);
        }
    }

    private static void publish(RabbitOperations operations, RoutingTarget target,
                                PublishedEvent event, String type, CorrelationData correlation) {
        operations.convertAndSend(target.getTarget(), target.getKey(), event, message -> {
            var headers = message.getMessageProperties();
            headers.setMessageId(event.eventId().toString());
            headers.setType(type);
            headers.setTimestamp(Date.from(event.occurredAt()));
            headers.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
            headers.setHeader(EventHeaders.EVENT_ID, event.eventId().toString());
            headers.setHeader(EventHeaders.EVENT_TYPE, type);
            headers.setHeader(EventHeaders.TENANT, event.tenant().code());
            return message;
        }, correlation);
    }

    /** Null when the broker has the message; otherwise why the publication stays incomplete. */
    private @Nullable Throwable outcome(PublishedEvent event, String type, CorrelationData correlation,
                                        CorrelationData.@Nullable Confirm answer, @Nullable Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            String outcome = cause instanceof TimeoutException ? "timeout" : "error";
            count(outcome, type);
            log.info("Event {} ({}) not confirmed by RabbitMQ ({}: {}); it will be sent again", event.eventId(), type,
                    outcome, cause.getMessage());
            return cause instanceof TimeoutException
                    ? new TimeoutException("RabbitMQ did not confirm event " + event.eventId() + " within " + properties.confirmTimeout())
                    : cause;
        }
        if (answer == null || !answer.ack()) {
            count("nack", type);
            String reason = answer == null ? "no answer" : answer.reason();
            log.info("RabbitMQ refused event {} ({}): {}; it will be sent again", event.eventId(), type, reason);
            return new AmqpException("RabbitMQ refused event " + event.eventId() + ": " + reason);
        }
        ReturnedMessage returned = correlation.getReturned();
        if (returned != null) {
            count("unroutable", type);
            if (unroutableTypes.add(type)) {
                log.warn("Event {} ({}) reached exchange {} but no queue is bound for it ({} {}); further ones of this type"
                                + " are counted in satupintu.events.sent{outcome=unroutable}", event.eventId(), type,
                        returned.getExchange(), returned.getReplyCode(), returned.getReplyText());
            } else {
                log.debug("Event {} ({}): no queue bound for it", event.eventId(), type);
            }
            if (properties.requireRoute()) {
                return new AmqpException("No queue bound for event " + event.eventId() + " (" + type + ")");
            }
            return null;
        }
        count("confirmed", type);
        return null;
    }

    private void count(String outcome, String type) {
        meters.counter("satupintu.events.sent", "outcome", outcome, "type", type).increment();
    }

    @Override
    public void destroy() {
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
