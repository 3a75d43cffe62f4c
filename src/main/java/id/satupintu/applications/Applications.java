package id.satupintu.applications;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import id.satupintu.catalog.FormError;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The applications module's API. Every method takes the {@link Viewer} acting and enforces what they may do:
 * a citizen reaches only their own applications, an officer only steps routed to their agency; anything else is
 * answered as not found ({@link id.satupintu.shared.NotFoundException}), so ids of others' cases reveal nothing.
 * Wrong input throws {@link id.satupintu.shared.InvalidInputException} / {@link id.satupintu.shared.InvalidInputsException};
 * a lost race (two officers claiming one step) throws {@link id.satupintu.shared.ConflictException}.
 */
public interface Applications {

    // ---- citizen ----

    /**
     * Starts a draft for a service or a life-event bundle (current version). With an idempotency key, asking again
     * with the same key returns the same application instead of a second one.
     */
    ApplicationView startDraft(Viewer citizen, String subjectCode, boolean bundle, Optional<String> idempotencyKey);

    /**
     * Stores answers of a draft (or of an application waiting for a correction). Answers are merged into what is
     * saved (a JSON null removes one); they are checked against the schema only by {@link #check} and
     * {@link #submit}, so a half-filled form is never lost.
     */
    ApplicationView saveAnswers(Viewer citizen, UUID applicationId, ObjectNode answers, Optional<String> kelurahanCode);

    /**
     * Uploads a document: PDF, JPEG or PNG recognised from its content (not its name), at most the configured size.
     * A second upload for the same document code replaces the first.
     */
    Attachment attach(Viewer citizen, UUID applicationId, String documentCode, String filename, byte[] content);

    void detach(Viewer citizen, UUID applicationId, UUID attachmentId);

    /** Everything that stops a submission: schema errors, missing required documents, missing kelurahan. */
    List<FormError> check(Viewer citizen, UUID applicationId);

    /**
     * Submits a draft: gives it a tracking code, routes its first steps and starts its clocks. Idempotent: a draft
     * already submitted is returned as it is (double click, retry).
     *
     * @throws id.satupintu.shared.InvalidInputsException with the errors of {@link #check}
     */
    ApplicationView submit(Viewer citizen, UUID applicationId);

    /** The citizen answers a correction request (after fixing answers or uploads); the clocks run again. */
    ApplicationView answerCorrection(Viewer citizen, UUID applicationId, String message);

    /** The citizen's applications, newest first, drafts included. */
    List<ApplicationView> mine(Viewer citizen);

    /** An application as the viewer may see it: its owner, or an officer of an agency it is routed to. */
    Optional<ApplicationView> find(Viewer viewer, UUID applicationId);

    /** By tracking code, for its owner or an officer it is routed to. */
    Optional<ApplicationView> findByTrackingCode(Viewer viewer, String trackingCode);

    /** The status timeline, for the owner or an officer it is routed to. */
    List<TimelineEntry> timeline(Viewer viewer, UUID applicationId);

    Optional<FileContent> attachment(Viewer viewer, UUID applicationId, UUID attachmentId);

    /** The PDF issued for a granted part, for the owner (or an officer it is routed to). */
    Optional<FileContent> issuedDocument(Viewer viewer, UUID applicationId, UUID partId);

    /** Public status by tracking code: no sign-in, no personal data. */
    Optional<PublicStatus> publicStatus(TenantId tenant, String trackingCode);

    // ---- officers ----

    /** Steps routed to the viewer's agency. */
    List<InboxItem> inbox(Viewer officer, InboxQuery query);

    int inboxCount(Viewer officer, InboxQuery query);

    /** Takes an open step; exactly one of two officers claiming at once wins, the other gets a conflict. */
    StepView claim(Viewer officer, UUID stepId);

    /** Gives a claimed step back to the agency's inbox. */
    StepView release(Viewer officer, UUID stepId);

    /** Approves a step the viewer claimed; the next stage opens, or the part is granted and its document issued. */
    StepView approve(Viewer officer, UUID stepId, Optional<String> note);

    /** Rejects a step the viewer claimed, with the reason the citizen will read; its part is rejected. */
    StepView reject(Viewer officer, UUID stepId, String reason);

    /** Asks the citizen for a correction of a step the viewer claimed; the clocks pause until they answer. */
    StepView requestCorrection(Viewer officer, UUID stepId, String message);

    /** Hands a step the viewer's agency holds to another agency or office of the tenant; it lands there open. */
    StepView handOver(Viewer officer, UUID stepId, String targetAgencyCode, String reason);

    Note addNote(Viewer officer, UUID applicationId, String body);

    List<Note> notes(Viewer officer, UUID applicationId);

    /** The agency head's view of the agency's load and overdue work. */
    AgencyLoad load(Viewer agencyHead);

    /**
     * Marks deadlines that passed, once each even with several nodes checking at once, publishes {@link SlaBreached}
     * and escalates to the agency head. Runs on a schedule; returns how many breaches this call recorded.
     */
    int detectBreaches();
}
