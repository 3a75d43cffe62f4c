/**
 * Stores and the service behind tenants, agencies and regions.
 */
@NullMarked
package id.satupintu.organisation.internal;

import org.jspecify.annotations.NullMarked;
