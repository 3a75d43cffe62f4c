/**
 * The service catalogue: every permit and public service of a tenant as data (names, requirements, fee, SLA in
 * working days, the application form as JSON Schema, the workflow across agencies), versioned, searchable in
 * Bahasa Indonesia, loaded from {@code catalog/*.yaml} and editable by admins.
 */
@ApplicationModule(allowedDependencies = {"shared", "organisation", "audit", "ui"})
@NullMarked
package id.satupintu.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
