package id.satupintu.applications.internal;

import id.satupintu.applications.AgencyLoad;
import id.satupintu.applications.InboxItem;
import id.satupintu.applications.InboxQuery;
import id.satupintu.applications.StepStatus;
import id.satupintu.identity.AccountView;
import id.satupintu.identity.Accounts;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.Viewer;
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

/** The agency head's view of the agency's work: counts by state, who holds what, what is overdue. */
@Service
class AgencyLoads {

    private final ApplicationStore store;
    private final Access access;
    private final Accounts accounts;
    private final ApplicationViews views;
    private final Clock clock;

    AgencyLoads(ApplicationStore store, Access access, Accounts accounts, ApplicationViews views, Clock clock) {
        this.store = store;
        this.access = access;
        this.accounts = accounts;
        this.views = views;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    AgencyLoad load(Viewer head) {
        if (!head.has(Role.AGENCY_HEAD)) {
            throw new NotFoundException("agency-load", head.accountId().toString());
        }
        String agency = access.agencyOf(head);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant monthAgo = now.minus(30, ChronoUnit.DAYS);
        int open = 0;
        int claimed = 0;
        int waiting = 0;
        int overdue = 0;
        int decided = 0;
        int late = 0;
        Map<UUID, int[]> perOfficer = new LinkedHashMap<>();
        for (Map<String, Object> row : store.agencyCounts(head.tenant(), agency)) {
            StepStatus status = StepStatus.valueOf((String) row.get("status"));
            Instant due = (Instant) row.get("due");
            boolean breached = (Boolean) row.get("breached");
            boolean paused = (Boolean) row.get("paused");
            UUID assignee = (UUID) row.get("assignee");
            boolean isOverdue = breached || (!paused && due != null && due.isBefore(now));
            switch (status) {
                case OPEN -> open++;
                case CLAIMED -> claimed++;
                case CORRECTION -> waiting++;
                default -> {
                    Instant completed = (Instant) row.get("completed");
                    if (!(Boolean) row.get("automatic") && completed != null && completed.isAfter(monthAgo)) {
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
}
