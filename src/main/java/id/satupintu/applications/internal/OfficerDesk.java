package id.satupintu.applications.internal;

import id.satupintu.applications.AgencyLoad;
import id.satupintu.applications.CaseWork;
import id.satupintu.applications.InboxItem;
import id.satupintu.applications.InboxQuery;
import id.satupintu.applications.Note;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.StepView;
import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.applications.internal.Rows.StepRow;
import id.satupintu.identity.AccountView;
import id.satupintu.identity.Accounts;
import id.satupintu.organisation.AgencyView;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Ids;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An agency's officers at work: their inbox, claiming a step, deciding it, asking for corrections, handing it over,
 * internal notes, and the head's view of the agency's load. Each move loads the case's aggregate with its application row locked, so of two officers claiming
 * one step the second finds it claimed and is refused.
 */
@Service
class OfficerDesk implements CaseWork {

    private static final int MAX_TEXT = 2000;

    private final ApplicationRepository applications;
    private final ApplicationStore store;
    private final Access access;
    private final Organisation organisation;
    private final ApplicationViews views;
    private final Accounts accounts;
    private final Clock clock;

    OfficerDesk(ApplicationRepository applications, ApplicationStore store, Access access, Organisation organisation,
                ApplicationViews views, Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.applications = applications;
        this.store = store;
        this.access = access;
        this.organisation = organisation;
        this.views = views;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(Viewer officer, InboxQuery query) {
        String agency = access.agencyOf(officer);
        Instant now = now();
        Onlooker onlooker = Access.officer(officer, agency);
        return store.inbox(officer.tenant(), agency, officer.accountId(), query, now, step -> views.step(step, now, onlooker));
    }

    @Override
    @Transactional(readOnly = true)
    public int inboxCount(Viewer officer, InboxQuery query) {
        return store.inboxCount(officer.tenant(), access.agencyOf(officer), officer.accountId(), query, now());
    }

    @Override
    @Transactional
    public StepView claim(Viewer officer, UUID stepId) {
        Located at = locate(officer, stepId);
        if (at.step().claim(Officer.of(officer))) {
            applications.save(at.application(), now());
        }
        return views.step(at.step().row(), at.onlooker());
    }

    @Override
    @Transactional
    public StepView release(Viewer officer, UUID stepId) {
        Located at = locate(officer, stepId);
        at.step().release(Officer.of(officer));
        applications.save(at.application(), now());
        return views.step(at.step().row(), at.onlooker());
    }

    @Override
    @Transactional
    public StepView approve(Viewer officer, UUID stepId, Optional<String> note) {
        Optional<String> text = note.filter(n -> !n.isBlank()).map(n -> text("note", n, false));
        Located at = locate(officer, stepId);
        Instant now = now();
        String agency = at.step().agencyCode();
        at.step().approve(Officer.of(officer), now);
        text.ifPresent(body -> store.addNote(officer.tenant(), at.application().id(), note(officer, agency, body, now)));
        applications.save(at.application(), now);
        return views.step(at.step().row(), at.onlooker());
    }

    @Override
    @Transactional
    public StepView reject(Viewer officer, UUID stepId, String reason) {
        String why = text("reason", reason, true);
        Located at = locate(officer, stepId);
        Instant now = now();
        at.step().reject(Officer.of(officer), why, now);
        applications.save(at.application(), now);
        return views.step(at.step().row(), at.onlooker());
    }

    @Override
    @Transactional
    public StepView requestCorrection(Viewer officer, UUID stepId, String message) {
        String asked = text("message", message, true);
        Located at = locate(officer, stepId);
        Instant now = now();
        at.step().requestCorrection(Officer.of(officer), asked, now);
        applications.save(at.application(), now);
        return views.step(at.step().row(), at.onlooker());
    }

    @Override
    @Transactional
    public StepView handOver(Viewer officer, UUID stepId, String targetAgencyCode, String reason) {
        String why = text("reason", reason, true);
        Located at = locate(officer, stepId);
        Step step = at.step();
        step.mayHandOver(Officer.of(officer)); // before the target is checked: a step someone else holds is not ours to move
        AgencyView target = organisation.agencyByCode(officer.tenant(), targetAgencyCode.strip()).filter(AgencyView::active)
                .orElseThrow(() -> new InvalidInputException("agency", "application.handover.unknownAgency",
                        "No such agency: " + targetAgencyCode, targetAgencyCode));
        if (target.code().equals(step.agencyCode())) {
            throw new InvalidInputException("agency", "application.handover.sameAgency", "The step is already with " + target.code());
        }
        Instant now = now();
        String from = step.agencyCode();
        step.handOver(Officer.of(officer), target.code(), why, now);
        store.addNote(officer.tenant(), at.application().id(), note(officer, from, "→ " + target.code() + ": " + why, now));
        applications.save(at.application(), now);
        return views.step(step.row(), at.onlooker());
    }

    @Override
    @Transactional
    public Note addNote(Viewer officer, UUID applicationId, String body) {
        String agency = access.agencyOf(officer);
        ApplicationRow app = access.visible(officer, applicationId);
        Note note = note(officer, agency, text("body", body, true), now());
        store.addNote(officer.tenant(), app.id(), note);
        return note;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Note> notes(Viewer officer, UUID applicationId) {
        access.agencyOf(officer);
        ApplicationRow app = access.visible(officer, applicationId);
        return store.notes(officer.tenant(), app.id());
    }

    /** The step's application, loaded locked, the step, and the officer as the returned view's actions see them. */
    /** The agency head's view of the agency's work: counts by state, who holds what, what is overdue. */
    @Override
    @Transactional(readOnly = true)
    public AgencyLoad load(Viewer head) {
        if (!head.has(Role.AGENCY_HEAD)) {
            throw new NotFoundException("agency-load", head.accountId().toString());
        }
        String agency = access.agencyOf(head);
        Instant now = now();
        Instant monthAgo = now.minus(30, ChronoUnit.DAYS);
        int open = 0;
        int claimed = 0;
        int waiting = 0;
        int overdue = 0;
        int decided = 0;
        int late = 0;
        Map<UUID, int[]> perOfficer = new LinkedHashMap<>();
        for (Map<String, Object> row : store.agencyCounts(head.tenant(), agency)) {
            StepStatus status = StepStatus.valueOf(String.valueOf(row.get("status")));
            Instant due = (Instant) row.get("due");
            boolean breached = Boolean.TRUE.equals(row.get("breached"));
            boolean paused = Boolean.TRUE.equals(row.get("paused"));
            UUID assignee = (UUID) row.get("assignee");
            boolean isOverdue = breached || (!paused && due != null && due.isBefore(now));
            switch (status) {
                case OPEN -> open++;
                case CLAIMED -> claimed++;
                case CORRECTION -> waiting++;
                default -> {
                    Instant completed = (Instant) row.get("completed");
                    if (!Boolean.TRUE.equals(row.get("automatic")) && completed != null && completed.isAfter(monthAgo)) {
                        decided++;
                        if (breached || (due != null && completed.isAfter(due))) {
                            late++;
                        }
                    }
                    continue;
                }
            }
            if (isOverdue) {
                overdue++;
            }
            if (assignee != null) {
                int[] counts = perOfficer.computeIfAbsent(assignee, id -> new int[2]);
                counts[0]++;
                if (isOverdue) {
                    counts[1]++;
                }
            }
        }
        List<AgencyLoad.OfficerLoad> officers = perOfficer.entrySet().stream()
                .map(e -> new AgencyLoad.OfficerLoad(e.getKey(), accounts.find(head.tenant(), e.getKey())
                        .map(AccountView::displayName).orElse("?"), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(AgencyLoad.OfficerLoad::holding).reversed())
                .toList();
        List<InboxItem> overdueItems = store.inbox(head.tenant(), agency, head.accountId(),
                new InboxQuery(Optional.empty(), false, true, Optional.empty(), false, InboxQuery.Sort.DUE, 50, 0),
                now, step -> views.step(step, now, Access.officer(head, agency)));
        return new AgencyLoad(agency, open, claimed, waiting, overdue, decided, late, officers, overdueItems);
    }

    private record Located(Application application, Step step, Onlooker onlooker) {
    }

    /** Locks the step's application and loads it whole; a step of another agency (or tenant) is not found. */
    private Located locate(Viewer officer, UUID stepId) {
        String agency = access.agencyOf(officer);
        StepRow unlocked = store.step(officer.tenant(), stepId).filter(step -> step.agencyCode().equals(agency))
                .orElseThrow(() -> new NotFoundException("step", stepId.toString()));
        Application application = applications.lock(officer.tenant(), unlocked.applicationId()).orElseThrow();
        views.forget(application.row());
        Step step = application.step(stepId).filter(s -> s.agencyCode().equals(agency))
                .orElseThrow(() -> new NotFoundException("step", stepId.toString()));
        return new Located(application, step, Access.officer(officer, agency));
    }

    private static Note note(Viewer officer, String agency, String body, Instant at) {
        return new Note(Ids.newId(), at, officer.accountId(), officer.displayName(), agency, body);
    }

    private static String text(String field, @Nullable String value, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() && required) {
            throw new InvalidInputException(field, "application.text.required", field + " is required");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "application.text.tooLong", field + " is longer than " + MAX_TEXT, MAX_TEXT);
        }
        return text;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
