/**
 * Documents: issued documents as PDF with a QR code to a public verification page that confirms they are genuine
 * (and, with later issues, uploads and the citizen's document locker).
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "ui", "organisation"})
@NullMarked
package id.satupintu.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
