package id.satupintu.applications;

import id.satupintu.shared.Viewer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Officers' and agency heads' work on the steps routed to their agency: the inbox, claiming, deciding, corrections,
 * hand-overs, internal notes and the head's load view. A step of another agency is not found; a move its state does
 * not allow (or a lost claim race) is a {@link id.satupintu.shared.ConflictException}.
 */
public interface CaseWork {

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
}
