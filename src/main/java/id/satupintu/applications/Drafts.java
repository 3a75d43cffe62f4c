package id.satupintu.applications;

import id.satupintu.shared.Viewer;
import id.satupintu.catalog.FormError;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The citizen drafting an application: starting it, answers, uploads, and what still stops its submission
 * ({@link Applications#submit} submits it). Only the citizen's own drafts (or applications waiting for their
 * correction) are reached; anyone else's are not found.
 */
public interface Drafts {

    /**
     * Starts a draft for a service or a life-event bundle (current version). With an idempotency key, asking again
     * with the same key returns the same application instead of a second one.
     */
    ApplicationView startDraft(Viewer citizen, String subjectCode, boolean bundle, Optional<String> idempotencyKey);

    /**
     * Stores answers of a draft (or of an application waiting for a correction). Answers are merged into what is
     * saved (a JSON null removes one); they are checked against the schema only by {@link #check} and
     * {@link Applications#submit}, so a half-filled form is never lost.
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
}
