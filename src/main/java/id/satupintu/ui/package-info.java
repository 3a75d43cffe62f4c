/**
 * The people-facing shell: layout, design tokens, message bundles (Bahasa Indonesia by default, English on
 * request), the language switch, role-aware home page, and error pages and problem+json for every failure.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package id.satupintu.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
