package id.satupintu.notifications;

/**
 * The notification port. {@link #send} delivers now or throws {@link DeliveryFailedException}; callers decide
 * whether a failure matters (a one-time code the person is waiting for: show it; a status update: retry later).
 */
public interface Notifications {

    void send(Notification notification);

    /**
     * Sends to a person's e-mail when known, else as an SMS to their phone (subject and body in one text), else not
     * at all: what status notices of every module do.
     */
    default void sendToPerson(id.satupintu.shared.TenantId tenant, java.util.Optional<String> email,
                              java.util.Optional<String> phone, String subject, String body) {
        if (email.isPresent()) {
            send(new Notification(tenant, Notification.Channel.EMAIL, email.get(), subject, body));
        } else if (phone.isPresent()) {
            send(new Notification(tenant, Notification.Channel.SMS, phone.get(), subject, subject + " " + body));
        }
    }
}
