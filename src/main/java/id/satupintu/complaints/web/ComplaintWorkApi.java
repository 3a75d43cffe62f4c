package id.satupintu.complaints.web;

import id.satupintu.complaints.ComplaintEvent;
import id.satupintu.complaints.ComplaintNote;
import id.satupintu.complaints.ComplaintPage;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.ComplaintView;
import id.satupintu.complaints.ComplaintLookup;
import id.satupintu.complaints.ComplaintDesk;
import id.satupintu.complaints.AgencyTasks;
import id.satupintu.complaints.NewComplaint;
import id.satupintu.complaints.ResolutionTier;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.web.AccessRules;
import id.satupintu.shared.web.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The officers' side of complaints over JSON, for an agency's own systems or apps: the work queue, the complaint desk's
 * moves (verify, reject, dispatch, reopen, merge) and an agency's task moves (start, resolve with a proof photo, hand
 * over), internal notes. The same rules as the web pages: complaints and tasks of other agencies answer 404, a move
 * the state machine does not allow answers 409, bad input 400 — all problem+json.
 */
@RestController
@RequestMapping("/api/v1/complaint-work")
@Tag(name = "complaint work", description = "Officers (OFFICER, AGENCY_HEAD): the complaint desk and the agencies "
        + "complaints are dispatched to. Another agency's complaint or task answers 404.")
class ComplaintWorkApi {

    private final ComplaintLookup lookup;
    private final ComplaintDesk deskWork;
    private final AgencyTasks agencyTasks;

    ComplaintWorkApi(ComplaintLookup lookup, ComplaintDesk deskWork, AgencyTasks agencyTasks) {
        this.lookup = lookup;
        this.deskWork = deskWork;
        this.agencyTasks = agencyTasks;
    }

    @Configuration(proxyBeanMethods = false)
    static class Access {
        @Bean
        AccessRules complaintWorkApiAccessRules() {
            return rules -> rules.requestMatchers("/api/v1/complaint-work", "/api/v1/complaint-work/**")
                    .hasAnyRole(Role.OFFICER.name(), Role.AGENCY_HEAD.name());
        }
    }

    @Schema(name = "ComplaintRejection")
    record ApiRejection(@Schema(description = "the reason, shown publicly") @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "ComplaintDispatch")
    record ApiDispatch(@Schema(description = "codes of the agencies or kecamatan/kelurahan offices that get a task each")
                       @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 60) String> agencies,
                       @Schema(description = "overrides the category's resolution tier: LIGHT (2 working days), "
                               + "NORMATIVE (5), NO_SUPERVISION (14) or INVESTIGATION (60)")
                       @Nullable String tier) {
    }

    @Schema(name = "ComplaintReopening")
    record ApiReopening(@Schema(description = "what the agencies should look at again, shown publicly")
                        @NotBlank @Size(max = 2000) String note) {
    }

    @Schema(name = "ComplaintMerge")
    record ApiMerge(@Schema(description = "tracking code of the open complaint this one duplicates")
                    @NotBlank @Size(max = 40) String into) {
    }

    @Schema(name = "ComplaintTaskHandover")
    record ApiHandover(@Schema(description = "code of the agency or office that takes the task over")
                       @NotBlank @Size(max = 60) String agency,
                       @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "NewComplaintNote")
    record ApiNewNote(@NotBlank @Size(max = 4000) String body) {
    }

    @GetMapping
    @Operation(summary = "My work, most urgent first",
            description = "The complaint desk gets complaints waiting for verification, dispatch or reopening; an "
                    + "agency its complaints with active tasks. 20 per page; hasMore says whether another follows.")
    ComplaintPage<ComplaintView> queue(@Parameter(description = "one state only") @RequestParam(required = false) @Nullable ComplaintStatus status,
                                       @Parameter(description = "only complaints past a deadline") @RequestParam(defaultValue = "false") boolean overdue,
                                       @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page) {
        return deskWork.queue(Viewers.required(), Optional.ofNullable(status), overdue, page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A complaint as an officer who may see it sees it (the reporter only where privacy allows)")
    ComplaintView complaint(@PathVariable UUID id) {
        return lookup.find(Viewers.required(), id).orElseThrow(() -> new NotFoundException("complaint", id.toString()));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Everything that happened to the complaint, oldest first")
    List<WorkEvent> timeline(@PathVariable UUID id) {
        return lookup.timeline(Viewers.required(), id).stream().map(WorkEvent::of).toList();
    }

    @PostMapping("/{id}/verification")
    @Operation(summary = "Desk: the complaint is genuine and in the city's remit")
    ComplaintView verify(@PathVariable UUID id) {
        return deskWork.verify(Viewers.required(), id);
    }

    @PostMapping("/{id}/rejection")
    @Operation(summary = "Desk: reject, with the reason shown publicly")
    ComplaintView reject(@PathVariable UUID id, @Valid @RequestBody ApiRejection request) {
        return deskWork.reject(Viewers.required(), id, request.reason().strip());
    }

    @PostMapping("/{id}/dispatch")
    @Operation(summary = "Desk: send a verified or reopened complaint to agencies as parallel tasks under one deadline")
    ComplaintView dispatch(@PathVariable UUID id, @Valid @RequestBody ApiDispatch request) {
        Optional<ResolutionTier> tier = Optional.ofNullable(request.tier()).map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> Arrays.stream(ResolutionTier.values()).filter(v -> v.name().equals(t.toUpperCase(Locale.ROOT)))
                        .findFirst().orElseThrow(() -> new InvalidInputException("tier", "complaint.tier.unknown",
                                "tier must be LIGHT, NORMATIVE, NO_SUPERVISION or INVESTIGATION", t)));
        return deskWork.dispatch(Viewers.required(), id, request.agencies().stream().map(String::strip).toList(), tier);
    }

    @PostMapping("/{id}/reopening")
    @Operation(summary = "Desk: reopen a disputed complaint; its resolved tasks open again")
    ComplaintView reopen(@PathVariable UUID id, @Valid @RequestBody ApiReopening request) {
        return deskWork.reopen(Viewers.required(), id, request.note().strip());
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Desk: merge a duplicate into another open complaint; its reporter and supporters follow it")
    ComplaintView merge(@PathVariable UUID id, @Valid @RequestBody ApiMerge request) {
        return deskWork.merge(Viewers.required(), id, request.into().strip());
    }

    @PostMapping("/tasks/{taskId}/start")
    @Operation(summary = "Agency: start work on a task of my agency")
    ComplaintView start(@PathVariable UUID taskId) {
        return agencyTasks.startTask(Viewers.required(), taskId);
    }

    @PostMapping(value = "/tasks/{taskId}/resolution", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Agency: resolve a task with a note and a proof photo (multipart: note, photo)",
            description = "The photo is required, sniffed from its content (JPEG or PNG) and re-encoded without metadata.")
    ComplaintView resolve(@PathVariable UUID taskId,
                          @RequestParam(name = "note", defaultValue = "") String note,
                          @RequestPart(name = "photo", required = false) @Nullable MultipartFile photo) {
        Optional<NewComplaint.Photo> proof = Optional.ofNullable(photo).filter(p -> !p.isEmpty())
                .map(p -> new NewComplaint.Photo(String.valueOf(p.getOriginalFilename()), ComplaintsApi.bytes(p)));
        return agencyTasks.resolveTask(Viewers.required(), taskId, note, proof);
    }

    @PostMapping("/tasks/{taskId}/handover")
    @Operation(summary = "Agency: hand a task of my agency to another agency or office of the city")
    ComplaintView handOver(@PathVariable UUID taskId, @Valid @RequestBody ApiHandover request) {
        return agencyTasks.handOverTask(Viewers.required(), taskId, request.agency().strip(), request.reason().strip());
    }

    @GetMapping("/{id}/notes")
    @Operation(summary = "Internal notes (officers who may see the complaint; never shown to the reporter or public)")
    List<ComplaintNote> notes(@PathVariable UUID id) {
        return deskWork.notes(Viewers.required(), id);
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an internal note")
    ComplaintNote addNote(@PathVariable UUID id, @Valid @RequestBody ApiNewNote request) {
        return deskWork.addNote(Viewers.required(), id, request.body().strip());
    }

    /** A timeline line as JSON: the kind as its stored word ({@code task-resolved}). */
    record WorkEvent(java.time.Instant at, String kind, Optional<String> agencyCode, Optional<String> message) {
        static WorkEvent of(ComplaintEvent event) {
            return new WorkEvent(event.at(), event.kind().code(), event.agencyCode(), event.message());
        }
    }
}
