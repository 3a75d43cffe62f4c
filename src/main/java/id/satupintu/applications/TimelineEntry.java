package id.satupintu.applications;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of an application's status timeline, as the citizen sees it: no officer names, no internal notes.
 *
 * @param kind    what happened (shown in JSON as its stored value: submitted, step-opened, ...)
 * @param message what the citizen is told: the reason of a rejection, the correction asked for, their answer
 */
public record TimelineEntry(Instant at, ApplicationEventKind kind, Optional<String> agencyCode, Optional<String> stepNameId,
                            Optional<String> stepNameEn, Optional<String> message) {

    public Optional<String> stepName(String lang) {
        return "en".equals(lang) ? stepNameEn : stepNameId;
    }
}
