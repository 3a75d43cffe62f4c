package id.satupintu.applications;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of an application's status timeline, as the citizen sees it: no officer names, no internal notes.
 *
 * @param kind    submitted, step-opened, step-approved, step-rejected, correction-requested, correction-answered,
 *                handed-over, sla-breached, document-issued, completed, rejected
 * @param message what the citizen is told: the reason of a rejection, the correction asked for, their answer
 */
public record TimelineEntry(Instant at, String kind, Optional<String> agencyCode, Optional<String> stepNameId,
                            Optional<String> stepNameEn, Optional<String> message) {

    public Optional<String> stepName(String lang) {
        return "en".equals(lang) ? stepNameEn : stepNameId;
    }
}
