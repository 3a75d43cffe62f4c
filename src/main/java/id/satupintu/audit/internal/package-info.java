/**
 * The hash-chained audit store and the listeners that record security events.
 */
@NullMarked
package id.satupintu.audit.internal;

import org.jspecify.annotations.NullMarked;
