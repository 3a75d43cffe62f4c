package id.satupintu.applications.internal;

import java.time.Instant;
import java.util.UUID;

/** Issues the document of a granted part (through the documents module); the workflow calls it when a part is granted. */
@FunctionalInterface
interface DocumentIssuer {

    Issued issue(Application application, Part part, Instant now);

    /** The issued document and what the timeline says of it. */
    record Issued(UUID documentId, String agencyCode, String nameId, String nameEn) {
    }
}
