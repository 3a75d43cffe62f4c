/**
 * Applications (permohonan): a citizen's draft, its uploads and answers, submission under a tracking code, the
 * workflow that routes each step to the agency (or the applicant's kelurahan/kecamatan office) that owns it,
 * officers' inboxes, SLA clocks in working days with breach escalation, the status timeline and the issued
 * documents at the end. Life-event bundles fan out into one part per service under one code and one deadline.
 */
@ApplicationModule(allowedDependencies = {"shared", "catalog", "organisation", "identity",
        "audit", "documents", "notifications", "ui"})
@NullMarked
package id.satupintu.applications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
