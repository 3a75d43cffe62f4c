/**
 * Shared kernel: value types every module speaks (tenant, identifiers), the error vocabulary mapped once to
 * problem+json and friendly pages, and the small web contracts (access rules, current tenant) modules plug into.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package id.satupintu.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
