package id.satupintu.applications;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The applications module's API for the citizen's submitted application and for reading applications; drafting is
 * {@link Drafts}, officers' work {@link CaseWork}, the deadline watch {@link SlaWatch}. Every method takes the
 * {@link Viewer} acting and enforces what they may do:
 * a citizen reaches only their own applications, an officer only steps routed to their agency; anything else is
 * answered as not found ({@link id.satupintu.shared.NotFoundException}), so ids of others' cases reveal nothing.
 * Wrong input throws {@link id.satupintu.shared.InvalidInputException} / {@link id.satupintu.shared.InvalidInputsException};
 * a lost race (two officers claiming one step) throws {@link id.satupintu.shared.ConflictException}.
 */
public interface Applications {

    // ---- the citizen's submitted application ----

    /**
     * Submits a draft: gives it a tracking code, routes its first steps and starts its clocks. Idempotent: a draft
     * already submitted is returned as it is (double click, retry).
     *
     * @throws id.satupintu.shared.InvalidInputsException with the errors of {@link Drafts#check}
     */
    ApplicationView submit(Viewer citizen, UUID applicationId);

    /** The citizen answers a correction request (after fixing answers or uploads); the clocks run again. */
    ApplicationView answerCorrection(Viewer citizen, UUID applicationId, String message);

    // ---- reading ----

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
}
