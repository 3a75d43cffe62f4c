/**
 * Organisation: the tenants (regional governments) a deployment serves and each tenant's organisation tree:
 * perangkat daerah (OPD), kecamatan and kelurahan offices, and the Kemendagri regions they serve.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit"})
@NullMarked
package id.satupintu.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
