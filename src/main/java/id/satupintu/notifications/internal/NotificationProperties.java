package id.satupintu.notifications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param channel {@code log} (development, demo) or {@code smtp} (e-mail through spring.mail.*)
 * @param from    sender address of e-mails
 */
@ConfigurationProperties("satupintu.notifications")
record NotificationProperties(String channel, String from) {

    NotificationProperties {
        channel = channel == null || channel.isBlank() ? "log" : channel;
        from = from == null || from.isBlank() ? "SatuPintu <no-reply@satupintu.local>" : from;
    }
}
