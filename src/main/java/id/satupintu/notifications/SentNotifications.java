package id.satupintu.notifications;

import java.util.List;

/**
 * What the log adapter delivered lately, newest last: lets a developer (or a browser test) read a one-time
 * code without a mail server. Only present when the log channel is active.
 */
public interface SentNotifications {

    List<Notification> recent();
}
