package id.satupintu.notifications.internal;

import id.satupintu.notifications.DeliveryFailedException;
import id.satupintu.notifications.Notification;
import id.satupintu.notifications.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Real e-mail through the configured SMTP server; SMS falls back to the log until a gateway adapter exists. */
@Component
@ConditionalOnProperty(name = "satupintu.notifications.channel", havingValue = "smtp")
class SmtpNotifications implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(SmtpNotifications.class);
    private final JavaMailSender mail;
    private final NotificationProperties properties;

    SmtpNotifications(JavaMailSender mail, NotificationProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public void send(Notification notification) {
        if (notification.channel() != Notification.Channel.EMAIL) {
            log.info("[{} to {}] {} — {}", notification.channel(), LogNotifications.mask(notification.destination()),
                    notification.subject(), notification.body());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(notification.destination());
        message.setSubject(notification.subject());
        message.setText(notification.body());
        try {
            mail.send(message);
        } catch (MailException e) {
            throw new DeliveryFailedException("E-mail could not be sent: " + e.getClass().getSimpleName(), e);
        }
    }
}
