package id.satupintu.applications;

import id.satupintu.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An application as its owner or an officer of an agency it is routed to sees it.
 *
 * @param subjectCode    the service code, or the bundle code when {@code bundle}
 * @param subjectVersion the service version it was filed under (0 for a bundle: each part keeps its own)
 * @param kelurahanCode  the applicant's kelurahan (region code, e.g. 35.78.04.1005): routes {@code @kelurahan}
 *                       and {@code @kecamatan} steps
 * @param formData       the answers as a JSON object (text)
 * @param overdue        the overall deadline has passed while the application was not finished
 * @param actions        what the viewer may do with it now (only its owner may do anything)
 */
public record ApplicationView(UUID id, TenantId tenant, Optional<String> trackingCode, UUID applicantId,
                              String subjectCode, boolean bundle, int subjectVersion, Optional<String> kelurahanCode,
                              String formData, ApplicationStatus status, String language, Instant createdAt,
                              Optional<Instant> submittedAt, Optional<Instant> dueAt, Optional<Instant> completedAt,
                              boolean overdue, List<PartView> parts, List<Attachment> attachments,
                              Set<ApplicationAction> actions) {

    public ApplicationView {
        parts = List.copyOf(parts);
        attachments = List.copyOf(attachments);
        actions = actions.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(actions));
    }

    public boolean allows(ApplicationAction action) {
        return actions.contains(action);
    }

    /** Every step of every part, in stage order. */
    public List<StepView> steps() {
        return parts.stream().flatMap(part -> part.steps().stream()).toList();
    }
}
