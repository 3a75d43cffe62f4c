package id.satupintu.complaints;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a complaint's public timeline: what happened, which agency, and the message meant for the public
 * (a rejection reason, a resolution note). Never names a reporter or an officer.
 */
public record ComplaintEvent(Instant at, ComplaintEventKind kind, Optional<String> agencyCode, Optional<String> message) {

    /** The line as the public may see it: a message that is not public is left out. */
    public ComplaintEvent forPublic() {
        return kind.messagePublic() ? this : new ComplaintEvent(at, kind, agencyCode, Optional.empty());
    }
}
