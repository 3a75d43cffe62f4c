/**
 * The audit trail: an append-only, hash-chained record (per tenant) of every officer and admin action and every
 * login, with verification that points to the first broken entry.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package id.satupintu.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
