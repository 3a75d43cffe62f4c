/**
 * Delivery of messages to people: e-mail (SMTP), SMS/WhatsApp (to come) and the log adapter used in development,
 * behind one port so that modules never know which channel carried a message.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package id.satupintu.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
