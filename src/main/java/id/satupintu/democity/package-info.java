/**
 * The demo city: Kota Surabaya with its real kecamatan and kelurahan, its perangkat daerah, staff of every role,
 * citizens and kiosks, loaded once on first start through the other modules' public APIs.
 */
@ApplicationModule(allowedDependencies = {"shared", "organisation", "identity", "applications", "complaints"})
@NullMarked
package id.satupintu.democity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
