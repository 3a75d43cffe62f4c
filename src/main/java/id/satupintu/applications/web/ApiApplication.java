package id.satupintu.applications.web;

import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Attachment;
import id.satupintu.applications.PartView;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An application over JSON: {@link ApplicationView} with the answers as a JSON object (not JSON text) and the
 * tenant as its code. Absent values are {@code null}, as everywhere in the API.
 */
@Schema(name = "Application")
record ApiApplication(UUID id, String tenant,
                      @Schema(description = "given on submission, e.g. PMH-7KQ4M-9XD2K; null while a draft")
                      Optional<String> trackingCode,
                      UUID applicantId,
                      @Schema(description = "the service code, or the bundle code when bundle is true")
                      String subjectCode, boolean bundle, int subjectVersion,
                      @Schema(description = "the applicant's kelurahan, e.g. 35.78.04.1005")
                      Optional<String> kelurahanCode,
                      @Schema(description = "the answers saved so far, a JSON object shaped by the service's form schema")
                      JsonNode answers,
                      ApplicationStatus status, String language, Instant createdAt, Optional<Instant> submittedAt,
                      Optional<Instant> dueAt, Optional<Instant> completedAt,
                      @Schema(description = "the overall deadline passed before the application finished")
                      boolean overdue,
                      List<PartView> parts, List<Attachment> attachments,
                      @Schema(description = "what the caller may do with it now: EDIT (answers, uploads), SUBMIT, ANSWER_CORRECTION")
                      java.util.Set<id.satupintu.applications.ApplicationAction> actions) {

    static ApiApplication of(ApplicationView view, JsonMapper json) {
        return new ApiApplication(view.id(), view.tenant().code(), view.trackingCode(), view.applicantId(),
                view.subjectCode(), view.bundle(), view.subjectVersion(), view.kelurahanCode(), answers(view, json),
                view.status(), view.language(), view.createdAt(), view.submittedAt(), view.dueAt(), view.completedAt(),
                view.overdue(), view.parts(), view.attachments(), view.actions());
    }

    private static JsonNode answers(ApplicationView view, JsonMapper json) {
        try {
            return json.readTree(view.formData());
        } catch (JacksonException unreadable) {
            return JsonNodeFactory.instance.objectNode();
        }
    }
}
