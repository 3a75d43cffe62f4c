package id.satupintu.applications.internal;

import id.satupintu.shared.Role;
import id.satupintu.shared.Viewer;

import java.util.UUID;

/** Who decides a step: an officer of its agency, perhaps its head (only heads decide head-only steps). */
record Officer(UUID id, boolean head) {

    static Officer of(Viewer viewer) {
        return new Officer(viewer.accountId(), viewer.has(Role.AGENCY_HEAD));
    }
}
