package id.satupintu.applications;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The vocabulary of what happens to an application: the timeline stores {@link #value()}, pages show
 * {@link #messageKey()}, the audit trail records {@link #auditAction()} and the citizen is told through
 * {@link #notificationKey()}. Adding a kind here is the one place to add it; {@code ApplicationEventKindTest} fails
 * when a message is missing.
 */
public enum ApplicationEventKind {
    SUBMITTED("submitted", "application.submitted", true),
    STEP_OPENED("step-opened", null, false),
    STEP_CLAIMED("step-claimed", "application.step.claimed", false),
    STEP_RELEASED("step-released", "application.step.released", false),
    STEP_APPROVED("step-approved", "application.step-approved", true),
    STEP_REJECTED("step-rejected", "application.step-rejected", true),
    CORRECTION_REQUESTED("correction-requested", "application.correction-requested", true),
    CORRECTION_ANSWERED("correction-answered", "application.correction-answered", true),
    HANDED_OVER("handed-over", "application.step.handed-over", false),
    SLA_BREACHED("sla-breached", "application.sla-breached", false),
    /** Recorded by the documents module's own audit entry, not again here. */
    DOCUMENT_ISSUED("document-issued", null, false),
    COMPLETED("completed", "application.completed", true),
    REJECTED("rejected", "application.rejected", true);

    private final String value;
    private final Optional<String> auditAction;
    private final boolean tellsCitizen;

    ApplicationEventKind(String value, @org.jspecify.annotations.Nullable String auditAction, boolean tellsCitizen) {
        this.value = value;
        this.auditAction = Optional.ofNullable(auditAction);
        this.tellsCitizen = tellsCitizen;
    }

    /** As stored in the timeline's kind column and shown in the JSON API. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The timeline line ({@code applications*.properties}). */
    public String messageKey() {
        return "applications.timeline." + value;
    }

    /** The audit action name, for kinds this module audits. */
    public Optional<String> auditAction() {
        return auditAction;
    }

    /** What the citizen's notification says happened ({@code workflow*.properties}), for kinds they are told of. */
    public Optional<String> notificationKey() {
        return tellsCitizen ? Optional.of("workflow.notify.kind." + value) : Optional.empty();
    }

    /** The kind of a stored value. */
    public static ApplicationEventKind of(String value) {
        return Arrays.stream(values()).filter(kind -> kind.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown application event kind: " + value));
    }
}
