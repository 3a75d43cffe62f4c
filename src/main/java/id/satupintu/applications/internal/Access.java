package id.satupintu.applications.internal;

import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.Viewer;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may reach an application: its owner, or an officer of an agency one of its opened steps went to. Anything
 * else is answered as not found, so ids of others' cases reveal nothing.
 */
@Component
class Access {

    private final ApplicationStore store;
    private final Organisation organisation;

    Access(ApplicationStore store, Organisation organisation) {
        this.store = store;
        this.organisation = organisation;
    }

    boolean maySee(Viewer viewer, ApplicationRow app) {
        if (!app.tenant().equals(viewer.tenant())) {
            return false;
        }
        if (viewer.has(Role.CITIZEN) && app.applicantId().equals(viewer.accountId())) {
            return true;
        }
        if ((viewer.has(Role.OFFICER) || viewer.has(Role.AGENCY_HEAD)) && app.status() != ApplicationStatus.DRAFT) {
            Optional<String> agency = agencyCode(viewer);
            return agency.isPresent() && store.routedTo(app.tenant(), app.id(), agency.get());
        }
        return false;
    }

    ApplicationRow visible(Viewer viewer, UUID applicationId) {
        return store.find(viewer.tenant(), applicationId).filter(app -> maySee(viewer, app))
                .orElseThrow(() -> new NotFoundException("application", applicationId.toString()));
    }

    ApplicationRow own(Viewer citizen, UUID applicationId) {
        requireCitizen(citizen);
        return store.find(citizen.tenant(), applicationId).filter(app -> app.applicantId().equals(citizen.accountId()))
                .orElseThrow(() -> new NotFoundException("application", applicationId.toString()));
    }

    /** The citizen's own application, locked, with its parts and steps. */
    Application ownLocked(Viewer citizen, UUID applicationId, ApplicationRepository applications) {
        requireCitizen(citizen);
        return store.lock(citizen.tenant(), applicationId).filter(row -> row.applicantId().equals(citizen.accountId()))
                .map(applications::withParts)
                .orElseThrow(() -> new NotFoundException("application", applicationId.toString()));
    }

    /** The viewer as the views compute their allowed actions: a citizen as such, an officer with their agency. */
    Onlooker onlooker(Viewer viewer) {
        boolean staff = viewer.has(Role.OFFICER) || viewer.has(Role.AGENCY_HEAD);
        return new Onlooker(viewer.accountId(), viewer.has(Role.CITIZEN), staff ? agencyCode(viewer) : Optional.empty(),
                viewer.has(Role.AGENCY_HEAD));
    }

    /** An officer acting for {@code agency} (already looked up). */
    static Onlooker officer(Viewer viewer, String agency) {
        return new Onlooker(viewer.accountId(), viewer.has(Role.CITIZEN), Optional.of(agency), viewer.has(Role.AGENCY_HEAD));
    }

    /** A citizen at their own application (checked by the caller). */
    static Onlooker citizen(Viewer viewer) {
        return new Onlooker(viewer.accountId(), true, Optional.empty(), false);
    }

    /** The agency code of an officer or agency head; anyone else has no inbox. */
    String agencyOf(Viewer viewer) {
        if (!viewer.has(Role.OFFICER) && !viewer.has(Role.AGENCY_HEAD)) {
            throw new NotFoundException("inbox", viewer.accountId().toString());
        }
        return agencyCode(viewer).orElseThrow(() -> new NotFoundException("inbox", viewer.accountId().toString()));
    }

    private Optional<String> agencyCode(Viewer viewer) {
        return viewer.agencyId().flatMap(id -> organisation.agency(viewer.tenant(), id)).map(AgencyView::code);
    }

    static void requireCitizen(Viewer viewer) {
        if (!viewer.has(Role.CITIZEN)) {
            throw new NotFoundException("application", viewer.accountId().toString());
        }
    }
}
