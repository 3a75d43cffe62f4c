package id.satupintu.applications.internal;

import id.satupintu.applications.ApplicationAction;
import id.satupintu.applications.StepAction;
import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.applications.internal.Rows.StepRow;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who looks at an application, as far as what they may do goes: its owner (a citizen), or an officer of an agency
 * (the agency code they act for). The actions themselves come from the aggregate's rules ({@link Step#actions},
 * {@link ApplicationMove}), so the pages and the JSON API offer exactly the moves that would succeed.
 */
record Onlooker(UUID accountId, boolean citizen, Optional<String> agencyCode, boolean head) {

    /** Someone who may do nothing (the public status page, a later background read). */
    static final Onlooker NOBODY = new Onlooker(new UUID(0, 0), false, Optional.empty(), false);

    Set<StepAction> actions(StepRow step) {
        if (agencyCode.isEmpty() || !agencyCode.get().equals(step.agencyCode())) {
            return Set.of();
        }
        return Step.actions(step, new Officer(accountId, head));
    }

    Set<ApplicationAction> actions(ApplicationRow app) {
        if (!citizen || !app.applicantId().equals(accountId)) {
            return Set.of();
        }
        Set<ApplicationAction> actions = EnumSet.noneOf(ApplicationAction.class);
        if (ApplicationMove.EDIT.allowedFrom(app.status())) {
            actions.add(ApplicationAction.EDIT);
        }
        if (ApplicationMove.SUBMIT.allowedFrom(app.status())) {
            actions.add(ApplicationAction.SUBMIT);
        }
        if (ApplicationMove.ANSWER_CORRECTION.allowedFrom(app.status())) {
            actions.add(ApplicationAction.ANSWER_CORRECTION);
        }
        return actions;
    }
}
