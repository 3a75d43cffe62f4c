package id.satupintu.shared.events;

import org.springframework.amqp.core.MessageProperties;

import java.util.Optional;
import java.util.UUID;

/**
 * What a consumer behind RabbitMQ reads from a published event's message besides its JSON body: the event's stable id
 * (also the AMQP {@code message-id}) to dedupe with {@link EventReceipts}, its type ({@code complaints.ComplaintFiled},
 * also the routing key and the AMQP {@code type}) and its tenant.
 */
public final class EventHeaders {

    public static final String EVENT_ID = "satupintu-event-id";
    public static final String EVENT_TYPE = "satupintu-event-type";
    public static final String TENANT = "satupintu-tenant";

    private EventHeaders() {
    }

    /** The event id a message carries; empty for a message that is not a published event. */
    public static Optional<UUID> eventId(MessageProperties properties) {
        Object header = properties.getHeaders().get(EVENT_ID);
        String id = header != null ? header.toString() : properties.getMessageId();
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code id.satupintu.complaints.ComplaintFiled} → {@code complaints.ComplaintFiled}. */
    static String typeOf(Object event) {
        String name = event.getClass().getName();
        return name.startsWith("id.satupintu.") ? name.substring("id.satupintu.".length()) : name;
    }
}
