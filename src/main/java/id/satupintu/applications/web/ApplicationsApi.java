package id.satupintu.applications.web;

import id.satupintu.applications.ApplicationView;
import id.satupintu.applications.Applications;
import id.satupintu.applications.Drafts;
import id.satupintu.applications.Attachment;
import id.satupintu.applications.TimelineEntry;
import id.satupintu.catalog.FormError;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A citizen's own applications over JSON: draft, answers, uploads, check, submission, corrections, status. */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "applications", description = "A citizen's applications (permohonan): from draft to issued document. "
        + "Other people's applications answer 404.")
class ApplicationsApi {

    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final Applications applications;
    private final Drafts drafts;
    private final MessageSource messages;
    private final JsonMapper json;

    ApplicationsApi(Applications applications, Drafts drafts, MessageSource messages, JsonMapper json) {
        this.applications = applications;
        this.drafts = drafts;
        this.messages = messages;
        this.json = json;
    }

    @Schema(name = "NewApplication", description = "exactly one of service and bundle")
    record ApiNewApplication(@Schema(description = "a service code, e.g. spp-irt") @Nullable @Size(max = 80) String service,
                             @Schema(description = "a life-event bundle code") @Nullable @Size(max = 80) String bundle) {
    }

    @Schema(name = "Answers")
    record ApiAnswers(@Schema(description = "answers to merge into the saved ones; a null value removes one")
                      @Nullable ObjectNode answers,
                      @Schema(description = "the applicant's kelurahan code, e.g. 35.78.04.1005; left as it is when absent")
                      @Nullable @Size(max = 20) String kelurahan) {
    }

    @Schema(name = "CorrectionAnswer")
    record ApiCorrectionAnswer(@NotBlank @Size(max = 2000) String message) {
    }

    @PostMapping
    @Operation(summary = "Start a draft for a service or a life-event bundle",
            description = "201 with the new draft and its Location. With an Idempotency-Key, repeating the call "
                    + "(a retry after a timeout, a double click) answers 200 with the same draft instead of a second one.")
    @ApiResponse(responseCode = "201", description = "draft created")
    @ApiResponse(responseCode = "200", description = "the draft an earlier call with the same Idempotency-Key created")
    ResponseEntity<ApiApplication> start(
            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_HEADER, required = false,
                    description = "a client-chosen unique key (e.g. a UUID), at most 100 visible ASCII characters; the same key "
                            + "returns the same draft, a key reused for another service answers 409")
            @RequestHeader(name = IDEMPOTENCY_HEADER, required = false) @Nullable String idempotencyKey,
            @Valid @RequestBody ApiNewApplication request) {
        boolean service = request.service() != null && !request.service().isBlank();
        boolean bundle = request.bundle() != null && !request.bundle().isBlank();
        if (service == bundle) {
            throw new InvalidInputException("service", "applications.api.subject",
                    "Give exactly one of service and bundle");
        }
        Viewer citizen = Viewers.required();
        Optional<String> key = ApiWeb.idempotencyKey(idempotencyKey);
        // The interface does not say whether a key was seen before: a draft that already existed is a repeat.
        Set<UUID> before = key.isPresent()
                ? applications.mine(citizen).stream().map(ApplicationView::id).collect(Collectors.toSet())
                : Set.of();
        // exactly one of the two is non-blank, checked above
        String code = java.util.Objects.requireNonNull(service ? request.service() : request.bundle()).strip();
        ApplicationView draft = drafts.startDraft(citizen, code, bundle, key);
        ApiApplication body = ApiApplication.of(draft, json);
        if (before.contains(draft.id())) {
            return ResponseEntity.ok().location(self(draft.id())).body(body);
        }
        return ResponseEntity.created(self(draft.id())).body(body);
    }

    @GetMapping
    @Operation(summary = "My applications, newest first, drafts included")
    List<ApiApplication> mine() {
        return applications.mine(Viewers.required()).stream().map(view -> ApiApplication.of(view, json)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of my applications, with its parts, steps and uploads")
    ApiApplication one(@PathVariable UUID id) {
        return ApiApplication.of(find(id), json);
    }

    @PutMapping("/{id}/answers")
    @Operation(summary = "Save answers of a draft (or of an application waiting for a correction)",
            description = "Answers are merged into the saved ones; nothing is checked against the form yet, so a "
                    + "half-filled form is never lost. Ask /check for what still stops a submission.")
    ApiApplication saveAnswers(@PathVariable UUID id, @Valid @RequestBody ApiAnswers request) {
        ObjectNode answers = request.answers() == null ? JsonNodeFactory.instance.objectNode() : request.answers();
        Optional<String> kelurahan = Optional.ofNullable(request.kelurahan()).map(String::strip).filter(k -> !k.isEmpty());
        return ApiApplication.of(drafts.saveAnswers(Viewers.required(), id, answers, kelurahan), json);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a document (multipart: document, file)",
            description = "PDF, JPEG or PNG, recognised from the content, not the name. A second upload for the same "
                    + "document code replaces the first. Too large: 413 (or 400 above the service's own limit).")
    ResponseEntity<Attachment> attach(@PathVariable UUID id,
                                      @Parameter(description = "the document code of the service, e.g. rancangan-label")
                                      @RequestParam("document") String document,
                                      @RequestParam("file") MultipartFile file) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        String filename = Optional.ofNullable(file.getOriginalFilename()).filter(name -> !name.isBlank()).orElse(document.strip());
        Attachment attachment = drafts.attach(Viewers.required(), id, document.strip(), filename, content);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{attachmentId}")
                .buildAndExpand(attachment.id()).toUri();
        return ResponseEntity.created(location).body(attachment);
    }

    @DeleteMapping("/{id}/attachments/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an upload of a draft")
    void detach(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        drafts.detach(Viewers.required(), id, attachmentId);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Download an upload (its owner, or an officer of an agency the case is routed to)")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return ApiWeb.download(applications.attachment(Viewers.required(), id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId)));
    }

    @GetMapping("/{id}/check")
    @Operation(summary = "What still stops a submission: form errors, missing documents, missing kelurahan",
            description = "An empty list: the application can be submitted. Messages are in the caller's language "
                    + "(Accept-Language: en, else Bahasa Indonesia).")
    List<ApiFieldError> check(@PathVariable UUID id) {
        return drafts.check(Viewers.required(), id).stream().map(this::localized).toList();
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Submit a draft: it gets its tracking code and goes to the agencies",
            description = "Idempotent: submitting again (double click, retry) answers the same application and "
                    + "tracking code. 400 with the errors of /check when something is missing.")
    ApiApplication submit(@PathVariable UUID id) {
        return ApiApplication.of(applications.submit(Viewers.required(), id), json);
    }

    @PostMapping("/{id}/correction-answer")
    @Operation(summary = "Answer an officer's correction request (after fixing answers or uploads); the clocks run again")
    ApiApplication answerCorrection(@PathVariable UUID id, @Valid @RequestBody ApiCorrectionAnswer request) {
        return ApiApplication.of(applications.answerCorrection(Viewers.required(), id, request.message().strip()), json);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The status timeline as the citizen sees it (no officer names, no internal notes)")
    List<TimelineEntry> timeline(@PathVariable UUID id) {
        return applications.timeline(Viewers.required(), id);
    }

    @GetMapping("/{id}/parts/{partId}/document")
    @Operation(summary = "The PDF issued for a granted part")
    ResponseEntity<byte[]> issuedDocument(@PathVariable UUID id, @PathVariable UUID partId) {
        return ApiWeb.download(applications.issuedDocument(Viewers.required(), id, partId)
                .orElseThrow(() -> new NotFoundException("document", partId)));
    }

    private ApplicationView find(UUID id) {
        return applications.find(Viewers.required(), id).orElseThrow(() -> new NotFoundException("application", id));
    }

    private URI self(UUID id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/applications/{id}").buildAndExpand(id).toUri();
    }

    private ApiFieldError localized(FormError error) {
        String message = messages.getMessage(error.messageKey(), error.arguments().toArray(), error.messageKey(),
                LocaleContextHolder.getLocale());
        return new ApiFieldError(error.field(), error.messageKey(), message == null ? error.messageKey() : message);
    }
}
