package id.satupintu.notifications;

import id.satupintu.shared.UnavailableException;

/** The channel refused or could not be reached. */
public class DeliveryFailedException extends UnavailableException {

    public DeliveryFailedException(String detail, Throwable cause) {
        super("notifications.deliveryFailed", detail);
        initCause(cause);
    }
}
