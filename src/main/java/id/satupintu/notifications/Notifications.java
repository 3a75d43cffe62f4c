package id.satupintu.notifications;

/**
 * The notification port. {@link #send} delivers now or throws {@link DeliveryFailedException}; callers decide
 * whether a failure matters (a one-time code the person is waiting for: show it; a status update: retry later).
 */
public interface Notifications {

    void send(Notification notification);
}
