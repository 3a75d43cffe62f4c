/**
 * Identity: citizens (NIK, contact, one-time-code confirmation), staff with their agency and roles, kiosk devices
 * and outside systems with API keys, sign-in and the security baseline every request passes through.
 */
@ApplicationModule(allowedDependencies = {"shared", "ui", "audit", "notifications", "organisation"})
@NullMarked
package id.satupintu.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
