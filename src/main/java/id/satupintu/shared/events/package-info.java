/**
 * The event contract: published events, idempotent listener receipts and their export to RabbitMQ.
 */
@NullMarked
package id.satupintu.shared.events;

import org.jspecify.annotations.NullMarked;
