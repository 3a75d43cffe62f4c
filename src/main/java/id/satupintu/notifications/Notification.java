package id.satupintu.notifications;

import id.satupintu.shared.TenantId;

/**
 * One message to one person, already written in their language.
 *
 * @param destination an e-mail address or an E.164 phone number, by channel
 */
public record Notification(TenantId tenant, Channel channel, String destination, String subject, String body) {

    public enum Channel { EMAIL, SMS }
}
