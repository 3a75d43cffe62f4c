package id.satupintu.applications.web;

import id.satupintu.applications.AgencyLoad;
import id.satupintu.applications.Applications;
import id.satupintu.applications.CaseWork;
import id.satupintu.applications.InboxQuery;
import id.satupintu.applications.Note;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.StepView;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Viewer;
import id.satupintu.shared.web.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An officer's work over JSON: the agency's inbox, a case, step decisions, internal notes; the head's overview. */
@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "inbox", description = "Officers (OFFICER, AGENCY_HEAD): steps routed to their agency. Steps and cases "
        + "of other agencies answer 404; a step someone else just claimed answers 409.")
class InboxApi {

    static final int MAX_LIMIT = 200;

    private final Applications applications;
    private final CaseWork caseWork;
    private final JsonMapper json;

    InboxApi(Applications applications, CaseWork caseWork, JsonMapper json) {
        this.applications = applications;
        this.caseWork = caseWork;
        this.json = json;
    }

    @Schema(name = "Approval")
    record ApiApproval(@Schema(description = "optional note kept with the decision") @Nullable @Size(max = 2000) String note) {
    }

    @Schema(name = "Rejection")
    record ApiRejection(@Schema(description = "the reason the citizen will read") @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "CorrectionRequest")
    record ApiCorrectionRequest(@Schema(description = "what the citizen must fix") @NotBlank @Size(max = 2000) String message) {
    }

    @Schema(name = "Handover")
    record ApiHandover(@Schema(description = "code of the agency or office of the tenant that takes the step over")
                       @NotBlank @Size(max = 60) String agency,
                       @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "NewNote")
    record ApiNewNote(@NotBlank @Size(max = 4000) String body) {
    }

    @GetMapping
    @Operation(summary = "Steps routed to my agency, filtered and sorted",
            description = "Without status: all active steps (OPEN, CLAIMED, CORRECTION); finished=true lists decided "
                    + "steps instead. total counts every match, items holds one page (limit 1-200, offset).")
    ApiInboxPage inbox(@Parameter(description = "one state only: OPEN, CLAIMED or CORRECTION")
                       @RequestParam(required = false) @Nullable StepStatus status,
                       @Parameter(description = "only steps I claimed") @RequestParam(defaultValue = "false") boolean mine,
                       @Parameter(description = "only steps past their deadline") @RequestParam(defaultValue = "false") boolean overdue,
                       @Parameter(description = "only steps of this service code") @RequestParam(required = false) @Nullable String service,
                       @Parameter(description = "decided steps (APPROVED, REJECTED) instead of active ones")
                       @RequestParam(defaultValue = "false") boolean finished,
                       @Parameter(description = "DUE (soonest deadline first), NEWEST or OLDEST")
                       @RequestParam(defaultValue = "DUE") InboxQuery.Sort sort,
                       @RequestParam(defaultValue = "50") int limit,
                       @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "applications.api.limit", "limit must be between 1 and 200", MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "applications.api.offset", "offset must not be negative");
        }
        InboxQuery query = new InboxQuery(Optional.ofNullable(status),
                mine, overdue, Optional.ofNullable(service).map(String::strip).filter(s -> !s.isEmpty()), finished, sort, limit, offset);
        Viewer officer = Viewers.required();
        return new ApiInboxPage(caseWork.inbox(officer, query), caseWork.inboxCount(officer, query), limit, offset);
    }

    @GetMapping("/applications/{id}")
    @Operation(summary = "A case routed to my agency: answers, uploads, every part and step")
    ApiApplication application(@PathVariable UUID id) {
        return applications.find(Viewers.required(), id).map(view -> ApiApplication.of(view, json))
                .orElseThrow(() -> new NotFoundException("application", id));
    }

    @PostMapping("/steps/{stepId}/claim")
    @Operation(summary = "Claim an open step; of two officers claiming at once, one gets 200 and the other 409")
    StepView claim(@PathVariable UUID stepId) {
        return caseWork.claim(Viewers.required(), stepId);
    }

    @PostMapping("/steps/{stepId}/release")
    @Operation(summary = "Give a claimed step back to the agency's inbox")
    StepView release(@PathVariable UUID stepId) {
        return caseWork.release(Viewers.required(), stepId);
    }

    @PostMapping("/steps/{stepId}/approval")
    @Operation(summary = "Approve a step I claimed; the next stage opens, or the part is granted and its document issued",
            description = "The body is optional.")
    StepView approve(@PathVariable UUID stepId, @Valid @RequestBody(required = false) @Nullable ApiApproval request) {
        Optional<String> note = Optional.ofNullable(request).map(ApiApproval::note).map(String::strip).filter(n -> !n.isEmpty());
        return caseWork.approve(Viewers.required(), stepId, note);
    }

    @PostMapping("/steps/{stepId}/rejection")
    @Operation(summary = "Reject a step I claimed, with the reason the citizen will read; its part is rejected")
    StepView reject(@PathVariable UUID stepId, @Valid @RequestBody ApiRejection request) {
        return caseWork.reject(Viewers.required(), stepId, request.reason().strip());
    }

    @PostMapping("/steps/{stepId}/correction-request")
    @Operation(summary = "Ask the citizen to correct something; the clocks pause until they answer")
    StepView requestCorrection(@PathVariable UUID stepId, @Valid @RequestBody ApiCorrectionRequest request) {
        return caseWork.requestCorrection(Viewers.required(), stepId, request.message().strip());
    }

    @PostMapping("/steps/{stepId}/handover")
    @Operation(summary = "Hand a step my agency holds to another agency or office of the city; it lands there open")
    StepView handOver(@PathVariable UUID stepId, @Valid @RequestBody ApiHandover request) {
        return caseWork.handOver(Viewers.required(), stepId, request.agency().strip(), request.reason().strip());
    }

    @GetMapping("/applications/{id}/notes")
    @Operation(summary = "Internal notes on a case (officers of the agencies it is routed to; never shown to the citizen)")
    List<Note> notes(@PathVariable UUID id) {
        return caseWork.notes(Viewers.required(), id);
    }

    @PostMapping("/applications/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an internal note to a case")
    Note addNote(@PathVariable UUID id, @Valid @RequestBody ApiNewNote request) {
        return caseWork.addNote(Viewers.required(), id, request.body().strip());
    }

    @GetMapping("/load")
    @Operation(summary = "The agency head's overview: open, claimed, waiting and overdue work, per officer")
    AgencyLoad load() {
        return caseWork.load(Viewers.required());
    }
}
