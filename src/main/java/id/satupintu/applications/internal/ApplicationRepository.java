package id.satupintu.applications.internal;

import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.applications.internal.Rows.PartRow;
import id.satupintu.applications.internal.Rows.StepRow;
import id.satupintu.audit.AuditTrail;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.Ids;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.time.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static id.satupintu.applications.internal.ApplicationStore.ts;

/**
 * Loads the {@link Application} aggregate from its rows (its application row locked, so the moves of one case run
 * one at a time) and saves what its moves changed and recorded: changed rows and new ones in batches, timeline lines
 * in one batch, then the audit entries and the events, all in the caller's transaction.
 */
@Repository
class ApplicationRepository {

    private static final String INSERT_PART = "insert into application_parts (id, tenant_id, application_id, position, "
            + "service_code, service_version, status, document_id, completed_at) values (:id, :tenant, :application, :position, "
            + ":service, :version, :status, :document, :completed)";
    private static final String UPDATE_PART = "update application_parts set status = :status, document_id = :document, "
            + "completed_at = :completed where tenant_id = :tenant and id = :id";
    private static final String INSERT_STEP = "insert into application_steps (id, tenant_id, application_id, part_id, stage, "
            + "position, step_code, name_id, name_en, agency_code, required_role, automatic, status, assignee_id, sla_days, "
            + "sla_start, sla_paused_since, sla_paused_days, due_at, reason, opened_at, completed_at) values (:id, :tenant, "
            + ":application, :part, :stage, :position, :code, :nameId, :nameEn, :agency, :role, :automatic, :status, :assignee, "
            + ":slaDays, :slaStart, :paused, :pausedDays, :due, :reason, :opened, :completed)";
    /** Guarded by the version read: a step changed since (which the application lock rules out) is a conflict. */
    private static final String UPDATE_STEP = "update application_steps set agency_code = :agency, status = :status, "
            + "assignee_id = :assignee, sla_start = :slaStart, sla_paused_since = :paused, sla_paused_days = :pausedDays, "
            + "due_at = :due, reason = :reason, opened_at = :opened, completed_at = :completed, version = version + 1 "
            + "where tenant_id = :tenant and id = :id and version = :version";
    private static final String INSERT_LINE = "insert into application_timeline (id, tenant_id, application_id, at, kind, "
            + "agency_code, step_name_id, step_name_en, message) values (:id, :tenant, :application, :at, :kind, :agency, "
            + ":nameId, :nameEn, :message)";

    private final ApplicationStore store;
    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDays calendar;
    private final DocumentIssuer issuer;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ApplicationRepository(ApplicationStore store, NamedParameterJdbcTemplate jdbc, WorkingDays calendar,
                          DocumentIssuer issuer, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.issuer = issuer;
        this.audit = audit;
        this.events = events;
    }

    /** The application with its parts and steps, its row locked until the transaction ends. */
    Optional<Application> lock(TenantId tenant, UUID id) {
        return store.lock(tenant, id).map(this::withParts);
    }

    /** A locked application as it is: a draft has no parts or steps yet, so nothing more is read. */
    Application withParts(ApplicationRow row) {
        if (row.status() == id.satupintu.applications.ApplicationStatus.DRAFT) {
            return new Application(row, List.of(), List.of(), calendar, issuer);
        }
        return new Application(row, store.parts(row.tenant(), row.id()), store.steps(row.tenant(), row.id()), calendar, issuer);
    }

    /** Writes what the moves made at {@code now} changed and recorded. */
    void save(Application application, java.time.Instant now) {
        ApplicationRow app = application.row();
        if (application.changed()) {
            store.update(app, now);
        }
        List<Part> parts = application.parts();
        batch(INSERT_PART, parts.stream().filter(Part::isNew).map(part -> part(app.tenant(), part.row())).toList());
        batch(UPDATE_PART, parts.stream().filter(part -> !part.isNew() && part.changed())
                .map(part -> part(app.tenant(), part.row())).toList());
        List<Step> steps = application.steps();
        batch(INSERT_STEP, steps.stream().filter(Step::isNew).map(step -> step(step.row())).toList());
        List<Step> changed = steps.stream().filter(step -> !step.isNew() && step.changed()).toList();
        int[] updated = batch(UPDATE_STEP, changed.stream().map(step -> step(step.row())).toList());
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                throw new ConflictException("application.step.changed", "Step " + changed.get(i).id() + " changed meanwhile");
            }
        }
        batch(INSERT_LINE, application.lines().stream().map(line -> new MapSqlParameterSource()
                .addValue("id", Ids.newId()).addValue("tenant", app.tenant().code()).addValue("application", app.id())
                .addValue("at", ts(line.at())).addValue("kind", line.kind().value()).addValue("agency", line.agencyCode())
                .addValue("nameId", line.stepNameId()).addValue("nameEn", line.stepNameEn()).addValue("message", line.message()))
                .map(SqlParameterSource.class::cast).toList());
        application.events().forEach(events::publishEvent);
        // last: the tenant's audit chain is locked from its first entry to the commit
        application.audits().forEach(entry -> audit.record(app.tenant(), entry.kind().auditAction().orElseThrow(),
                entry.objectType(), entry.objectId(), entry.details()));
        application.clearRecorded();
    }

    private int[] batch(String sql, List<SqlParameterSource> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        if (rows.size() == 1) {
            return new int[]{jdbc.update(sql, rows.getFirst())};
        }
        return jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource part(TenantId tenant, PartRow part) {
        return new MapSqlParameterSource().addValue("id", part.id()).addValue("tenant", tenant.code())
                .addValue("application", part.applicationId()).addValue("position", part.position())
                .addValue("service", part.serviceCode()).addValue("version", part.serviceVersion())
                .addValue("status", part.status().name()).addValue("document", part.documentId())
                .addValue("completed", ts(part.completedAt()));
    }

    private static SqlParameterSource step(StepRow step) {
        return new MapSqlParameterSource().addValue("id", step.id()).addValue("tenant", step.tenant().code())
                .addValue("application", step.applicationId()).addValue("part", step.partId())
                .addValue("stage", step.stage()).addValue("position", step.position()).addValue("code", step.code())
                .addValue("nameId", step.nameId()).addValue("nameEn", step.nameEn()).addValue("agency", step.agencyCode())
                .addValue("role", step.role() == null ? null : step.role().name()).addValue("automatic", step.automatic())
                .addValue("status", step.status().name()).addValue("assignee", step.assigneeId())
                .addValue("slaDays", step.slaDays()).addValue("slaStart", ts(step.slaStart()))
                .addValue("paused", ts(step.slaPausedSince())).addValue("pausedDays", step.slaPausedDays())
                .addValue("due", ts(step.dueAt())).addValue("reason", step.reason()).addValue("opened", ts(step.openedAt()))
                .addValue("completed", ts(step.completedAt())).addValue("version", step.version());
    }
}
