package id.satupintu.notifications.internal;

import id.satupintu.notifications.Notification;
import id.satupintu.notifications.Notifications;
import id.satupintu.notifications.SentNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Development adapter: writes each message to the log (destination masked) and keeps the last hundred in memory.
 * SMS always goes here until an SMS gateway adapter exists.
 */
@Component
@ConditionalOnProperty(name = "satupintu.notifications.channel", havingValue = "log", matchIfMissing = true)
class LogNotifications implements Notifications, SentNotifications {

    private static final Logger log = LoggerFactory.getLogger(LogNotifications.class);
    private static final int KEPT = 100;
    private final Deque<Notification> recent = new ArrayDeque<>();

    @Override
    public void send(Notification notification) {
        log.info("[{} to {}] {} — {}", notification.channel(), mask(notification.destination()),
                notification.subject(), notification.body());
        synchronized (recent) {
            recent.addLast(notification);
            while (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
    }

    @Override
    public List<Notification> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    static String mask(String destination) {
        int at = destination.indexOf('@');
        if (at > 0) {
            return destination.charAt(0) + "***" + destination.substring(at);
        }
        int keep = Math.min(4, destination.length());
        return "*".repeat(Math.max(0, destination.length() - keep)) + destination.substring(destination.length() - keep);
    }
}
