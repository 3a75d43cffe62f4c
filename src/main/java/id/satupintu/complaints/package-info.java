/**
 * Complaints (pengaduan): a citizen (or an Open311 client on someone's behalf) reports a problem at a place with
 * photos; the city's complaint desk verifies or rejects it and dispatches it to one or more agencies or
 * kelurahan/kecamatan offices as parallel tasks under one deadline; the agencies follow up and resolve it with a
 * proof photo; the reporter confirms or disputes ("closed, not fixed", which reopens it) and rates the result.
 * Deadlines run in working days as SP4N-LAPOR! sets them. Public complaints are listed and mapped for everyone
 * without anything that identifies a reporter, and served over Open311 GeoReport v2.
 */
@ApplicationModule(allowedDependencies = {"shared", "organisation", "identity", "audit", "notifications", "ui"})
@NullMarked
package id.satupintu.complaints;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
