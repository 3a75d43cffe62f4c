package id.satupintu.complaints;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What can happen to a complaint: the one vocabulary the timeline, notifications, the audit trail, Open311's
 * {@code servicerequestupdates} and the templates read. {@link #code()} is the value stored in
 * {@code complaint_timeline.kind}, so rows written before this enum existed read back unchanged.
 */
public enum ComplaintEventKind {
    //            code            notifies audited  open311 status               message public
    SUBMITTED("submitted", true, false, "open", true),
    VERIFIED("verified", true, true, "investigating", true),
    REJECTED("rejected", true, true, "not_councils_responsibility", true),
    DISPATCHED("dispatched", true, true, "in_progress", true),
    STARTED("started", true, true, "in_progress", true),
    HANDED_OVER("handed-over", true, true, "in_progress", true),
    TASK_RESOLVED("task-resolved", false, true, "in_progress", true),
    RESOLVED("resolved", true, false, "fixed", true),
    CONFIRMED("confirmed", true, false, "closed", true),
    /** The reporter's own words of a dispute stay out of public view. */
    DISPUTED("disputed", true, false, "open", false),
    REOPENED("reopened", true, true, "in_progress", true),
    AUTO_CLOSED("auto-closed", true, false, "closed", true),
    MERGED("merged", true, true, "duplicate", true),
    /** A supporter joined, a deadline passed, a rating: nothing an Open311 client's report changes by. */
    JOINED("joined", false, false, null, true),
    OVERDUE("overdue", false, false, null, true),
    RATED("rated", false, false, null, true);

    private static final Map<String, ComplaintEventKind> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ComplaintEventKind::code, Function.identity()));

    private final String code;
    private final boolean notifies;
    private final boolean audited;
    private final @Nullable String open311Status;
    private final boolean messagePublic;

    ComplaintEventKind(String code, boolean notifies, boolean audited, @Nullable String open311Status, boolean messagePublic) {
        this.code = code;
        this.notifies = notifies;
        this.audited = audited;
        this.open311Status = open311Status;
        this.messagePublic = messagePublic;
    }

    /** The stored value ({@code complaint_timeline.kind}) and the word in JSON answers. */
    public String code() {
        return code;
    }

    /** The timeline line, with the agency's name as {0}. */
    public String messageKey() {
        return "complaints.event." + code;
    }

    /** Whether the reporter and supporters are told; the text is {@link #notificationKey()}. */
    public boolean notifies() {
        return notifies;
    }

    public String notificationKey() {
        return "complaints.notify.kind." + code;
    }

    /** The action named in the audit trail; an entry is written for the {@link #audited()} ones (officers' moves). */
    public String auditAction() {
        return this == TASK_RESOLVED ? "complaint.task.resolved"
                : this == STARTED || this == HANDED_OVER ? "complaint.task." + code : "complaint." + code;
    }

    public boolean audited() {
        return audited;
    }

    /** The state an update leaves an Open311 request in (FixMyStreet's extended statuses); empty: no change. */
    public Optional<String> open311Status() {
        return Optional.ofNullable(open311Status);
    }

    /** Whether the line's message (a reason, a resolution note) may be shown to the public. */
    public boolean messagePublic() {
        return messagePublic;
    }

    public static ComplaintEventKind ofCode(String code) {
        ComplaintEventKind kind = BY_CODE.get(code);
        if (kind == null) {
            throw new IllegalArgumentException("Unknown complaint event kind: " + code);
        }
        return kind;
    }
}
