/**
 * The channels that carry messages: SMTP e-mail and the development log.
 */
@NullMarked
package id.satupintu.notifications.internal;

import org.jspecify.annotations.NullMarked;
