package id.satupintu.applications.internal;

import id.satupintu.applications.ApplicationEventKind;
import id.satupintu.applications.SlaBreached;
import id.satupintu.applications.SlaWatch;
import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.applications.internal.Rows.StepRow;
import id.satupintu.audit.AuditTrail;
import id.satupintu.shared.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA breach watch: marks deadlines that passed, once each even with several nodes looking at once (marking is
 * a conditional update on {@code breached_at}), then records, publishes {@link SlaBreached} and escalates.
 */
@Service
class Deadlines implements SlaWatch {

    private static final Logger log = LoggerFactory.getLogger(Deadlines.class);

    private final ApplicationStore store;
    private final ApplicationViews views;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Deadlines(ApplicationStore store, ApplicationViews views, AuditTrail audit, ApplicationEventPublisher events,
              TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.views = views;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int detectBreaches() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int recorded = 0;
        for (StepRow step : store.overdueSteps(now, 500)) {
            recorded += Boolean.TRUE.equals(transactions.execute(tx -> breached(step, now))) ? 1 : 0;
        }
        for (ApplicationRow app : store.overdueApplications(now, 500)) {
            recorded += Boolean.TRUE.equals(transactions.execute(tx -> breached(app, now))) ? 1 : 0;
        }
        if (recorded > 0) {
            log.info("Recorded {} SLA breach(es)", recorded);
        }
        return recorded;
    }

    private boolean breached(StepRow step, Instant now) {
        if (!store.markStepBreached(step.id(), now)) {
            return false; // another node was first
        }
        ApplicationRow app = store.find(step.tenant(), step.applicationId()).orElseThrow();
        views.forget(app);
        store.addTimeline(step.tenant(), app.id(), now, ApplicationEventKind.SLA_BREACHED, step.agencyCode(), step.nameId(),
                step.nameEn(), null);
        audit.record(step.tenant(), ApplicationEventKind.SLA_BREACHED.auditAction().orElseThrow(), "application-step",
                step.id().toString(), Map.of("application", app.id().toString(), "agency", step.agencyCode()));
        String service = store.parts(step.tenant(), app.id()).stream().filter(p -> p.id().equals(step.partId()))
                .map(Rows.PartRow::serviceCode).findFirst().orElse(app.subjectCode());
        events.publishEvent(new SlaBreached(Ids.newId(), step.tenant(), app.id(), Objects.requireNonNull(app.trackingCode()),
                Optional.of(step.id()), step.agencyCode(), service, Optional.ofNullable(app.kelurahanCode()),
                kecamatan(app), Objects.requireNonNull(step.dueAt()), now));
        return true;
    }

    private boolean breached(ApplicationRow app, Instant now) {
        if (!store.markBreached(app.id(), now)) {
            return false;
        }
        views.forget(app);
        audit.record(app.tenant(), ApplicationEventKind.SLA_BREACHED.auditAction().orElseThrow(), "application",
                app.id().toString(), Map.of("agency", app.responsibleAgency()));
        events.publishEvent(new SlaBreached(Ids.newId(), app.tenant(), app.id(), Objects.requireNonNull(app.trackingCode()),
                Optional.empty(), app.responsibleAgency(), app.subjectCode(), Optional.ofNullable(app.kelurahanCode()),
                kecamatan(app), Objects.requireNonNull(app.dueAt()), now));
        return true;
    }

    private static Optional<String> kecamatan(ApplicationRow app) {
        return Optional.ofNullable(app.kelurahanCode()).filter(code -> code.contains("."))
                .map(code -> code.substring(0, code.lastIndexOf('.')));
    }
}
