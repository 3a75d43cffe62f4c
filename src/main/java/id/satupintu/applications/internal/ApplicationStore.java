package id.satupintu.applications.internal;

import id.satupintu.applications.ApplicationStatus;
import id.satupintu.applications.Attachment;
import id.satupintu.applications.FileContent;
import id.satupintu.applications.InboxItem;
import id.satupintu.applications.InboxQuery;
import id.satupintu.applications.Note;
import id.satupintu.applications.PartView.PartStatus;
import id.satupintu.applications.StepStatus;
import id.satupintu.applications.TimelineEntry;
import id.satupintu.applications.internal.Rows.ApplicationRow;
import id.satupintu.applications.internal.Rows.PartRow;
import id.satupintu.applications.internal.Rows.StepRow;
import id.satupintu.shared.Ids;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL of the applications tables. Every query names the tenant. */
@Repository
class ApplicationStore {

    private static final String APP_COLUMNS = "id, tenant_id, tracking_code, applicant_id, subject_code, bundle, subject_version, "
            + "responsible_agency, kelurahan_code, form_data, status, language, sla_days, sla_start, sla_paused_since, "
            + "sla_paused_days, due_at, breached_at, created_at, submitted_at, completed_at";
    private static final String STEP_COLUMNS = "s.id, s.tenant_id, s.application_id, s.part_id, s.stage, s.position, s.step_code, "
            + "s.name_id, s.name_en, s.agency_code, s.required_role, s.automatic, s.status, s.assignee_id, s.sla_days, "
            + "s.sla_start, s.sla_paused_since, s.sla_paused_days, s.due_at, s.breached_at, s.reason, s.opened_at, s.completed_at, s.version";

    private final JdbcClient jdbc;

    ApplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- applications ----

    void insert(ApplicationRow row, @Nullable String idempotencyKey) {
        jdbc.sql("insert into applications (" + APP_COLUMNS + ", idempotency_key, updated_at) values (:id, :tenant, :code, "
                        + ":applicant, :subject, :bundle, :version, :agency, :kelurahan, :form, :status, :language, :slaDays, "
                        + ":slaStart, :paused, :pausedDays, :due, :breached, :created, :submitted, :completed, :key, :created)")
                .param("id", row.id()).param("tenant", row.tenant().code()).param("code", row.trackingCode())
                .param("applicant", row.applicantId()).param("subject", row.subjectCode()).param("bundle", row.bundle())
                .param("version", row.subjectVersion()).param("agency", row.responsibleAgency())
                .param("kelurahan", row.kelurahanCode()).param("form", row.formData()).param("status", row.status().name())
                .param("language", row.language()).param("slaDays", row.slaDays()).param("slaStart", ts(row.slaStart()))
                .param("paused", ts(row.slaPausedSince())).param("pausedDays", row.slaPausedDays())
                .param("due", ts(row.dueAt())).param("breached", ts(row.breachedAt())).param("created", ts(row.createdAt()))
                .param("submitted", ts(row.submittedAt())).param("completed", ts(row.completedAt())).param("key", idempotencyKey)
                .update();
    }

    Optional<ApplicationRow> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + APP_COLUMNS + " from applications where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.code()).param("id", id).query(ApplicationStore::application).optional();
    }

    /** Reads the application and locks it until the transaction ends: every change of a case runs one at a time. */
    Optional<ApplicationRow> lock(TenantId tenant, UUID id) {
        return jdbc.sql("select " + APP_COLUMNS + " from applications where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant.code()).param("id", id).query(ApplicationStore::application).optional();
    }

    Optional<ApplicationRow> findByTrackingCode(TenantId tenant, String trackingCode) {
        return jdbc.sql("select " + APP_COLUMNS + " from applications where tenant_id = :tenant and tracking_code = :code")
                .param("tenant", tenant.code()).param("code", trackingCode).query(ApplicationStore::application).optional();
    }

    Optional<ApplicationRow> findByIdempotencyKey(TenantId tenant, UUID applicant, String key) {
        return jdbc.sql("select " + APP_COLUMNS + " from applications where tenant_id = :tenant and applicant_id = :applicant "
                        + "and idempotency_key = :key")
                .param("tenant", tenant.code()).param("applicant", applicant).param("key", key)
                .query(ApplicationStore::application).optional();
    }

    List<ApplicationRow> ofApplicant(TenantId tenant, UUID applicant) {
        return jdbc.sql("select " + APP_COLUMNS + " from applications where tenant_id = :tenant and applicant_id = :applicant "
                        + "order by created_at desc, id desc")
                .param("tenant", tenant.code()).param("applicant", applicant).query(ApplicationStore::application).list();
    }

    void saveAnswers(TenantId tenant, UUID id, String formData, @Nullable String kelurahanCode, Instant now) {
        jdbc.sql("update applications set form_data = :form, kelurahan_code = :kelurahan, updated_at = :now, version = version + 1 "
                        + "where tenant_id = :tenant and id = :id")
                .param("form", formData).param("kelurahan", kelurahanCode).param("now", ts(now))
                .param("tenant", tenant.code()).param("id", id).update();
    }

    /** Writes what the aggregate's moves change of the application row. */
    void update(ApplicationRow row, Instant now) {
        jdbc.sql("update applications set tracking_code = :code, status = :status, sla_days = :slaDays, sla_start = :slaStart, "
                        + "sla_paused_since = :paused, sla_paused_days = :pausedDays, due_at = :due, submitted_at = :submitted, "
                        + "completed_at = :completed, updated_at = :now, version = version + 1 where tenant_id = :tenant and id = :id")
                .param("code", row.trackingCode()).param("status", row.status().name()).param("slaDays", row.slaDays())
                .param("slaStart", ts(row.slaStart())).param("paused", ts(row.slaPausedSince()))
                .param("pausedDays", row.slaPausedDays()).param("due", ts(row.dueAt())).param("submitted", ts(row.submittedAt()))
                .param("completed", ts(row.completedAt()))
                .param("now", ts(now))
                .param("tenant", row.tenant().code()).param("id", row.id()).update();
    }

    /** Applications past their overall deadline not yet marked; {@link #markBreached} decides who marks each. */
    List<ApplicationRow> overdueApplications(Instant now, int limit) {
        return jdbc.sql("select " + APP_COLUMNS + " from applications where status = :status and sla_paused_since is null "
                        + "and due_at < :now and breached_at is null order by due_at limit :limit")
                .param("status", ApplicationStatus.IN_PROGRESS.name())
                .param("now", ts(now)).param("limit", limit).query(ApplicationStore::application).list();
    }

    boolean markBreached(UUID id, Instant now) {
        return jdbc.sql("update applications set breached_at = :now where id = :id and breached_at is null")
                .param("now", ts(now)).param("id", id).update() == 1;
    }

    // ---- parts ----

    List<PartRow> parts(TenantId tenant, UUID applicationId) {
        return jdbc.sql("select id, application_id, position, service_code, service_version, status, document_id, completed_at from application_parts "
                        + "where tenant_id = :tenant and application_id = :application order by position")
                .param("tenant", tenant.code()).param("application", applicationId)
                .query((rs, n) -> new PartRow(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
                        rs.getInt("position"), rs.getString("service_code"), rs.getInt("service_version"),
                        PartStatus.valueOf(rs.getString("status")), rs.getObject("document_id", UUID.class),
                        nullableInstant(rs, "completed_at")))
                .list();
    }

    // ---- steps ----

    List<StepRow> steps(TenantId tenant, UUID applicationId) {
        return jdbc.sql("select " + STEP_COLUMNS + " from application_steps s where s.tenant_id = :tenant "
                        + "and s.application_id = :application order by s.stage, s.position")
                .param("tenant", tenant.code()).param("application", applicationId).query(ApplicationStore::step).list();
    }

    Optional<StepRow> step(TenantId tenant, UUID stepId) {
        return jdbc.sql("select " + STEP_COLUMNS + " from application_steps s where s.tenant_id = :tenant and s.id = :id")
                .param("tenant", tenant.code()).param("id", stepId).query(ApplicationStore::step).optional();
    }

    List<StepRow> overdueSteps(Instant now, int limit) {
        return jdbc.sql("select " + STEP_COLUMNS + " from application_steps s where s.status in (:running) "
                        + "and s.sla_paused_since is null and s.due_at < :now and s.breached_at is null order by s.due_at limit :limit")
                .param("running", StepStatus.names(StepStatus.clockRunningStates())).param("now", ts(now)).param("limit", limit).query(ApplicationStore::step).list();
    }

    boolean markStepBreached(UUID stepId, Instant now) {
        return jdbc.sql("update application_steps set breached_at = :now where id = :id and breached_at is null")
                .param("now", ts(now)).param("id", stepId).update() == 1;
    }

    /** Whether a step of the application has reached the agency (a later stage not yet opened has not). */
    boolean routedTo(TenantId tenant, UUID applicationId, String agencyCode) {
        return jdbc.sql("select count(*) from application_steps where tenant_id = :tenant and application_id = :application "
                        + "and agency_code = :agency and opened_at is not null")
                .param("tenant", tenant.code()).param("application", applicationId).param("agency", agencyCode)
                .query(Long.class).single() > 0;
    }

    // ---- inbox ----

    List<InboxItem> inbox(TenantId tenant, String agencyCode, UUID viewer, InboxQuery query, Instant now,
                          java.util.function.Function<StepRow, id.satupintu.applications.StepView> view) {
        Filter filter = inboxFilter(tenant, agencyCode, viewer, query, now);
        String order = switch (query.sort()) {
            case DUE -> query.finished() ? "s.completed_at desc, s.id" : "s.due_at asc, a.submitted_at asc, s.id";
            case NEWEST -> "a.submitted_at desc, s.id";
            case OLDEST -> "a.submitted_at asc, s.id";
        };
        var spec = jdbc.sql("select " + STEP_COLUMNS + ", a.tracking_code, a.subject_code, a.bundle, a.submitted_at, "
                + "a.status as application_status, p.service_code from application_steps s "
                + "join applications a on a.id = s.application_id join application_parts p on p.id = s.part_id "
                + "where " + filter.where() + " order by " + order + " limit :limit offset :offset");
        filter.params().forEach(spec::param);
        return spec.param("limit", query.limit()).param("offset", query.offset())
                .query((rs, n) -> new InboxItem(view.apply(step(rs, n)), rs.getString("tracking_code"),
                        rs.getString("subject_code"), rs.getBoolean("bundle"), rs.getString("service_code"),
                        instant(rs, "submitted_at"), ApplicationStatus.valueOf(rs.getString("application_status"))))
                .list();
    }

    int inboxCount(TenantId tenant, String agencyCode, UUID viewer, InboxQuery query, Instant now) {
        Filter filter = inboxFilter(tenant, agencyCode, viewer, query, now);
        var spec = jdbc.sql("select count(*) from application_steps s join application_parts p on p.id = s.part_id where " + filter.where());
        filter.params().forEach(spec::param);
        return spec.query(Long.class).single().intValue();
    }

    private record Filter(String where, Map<String, Object> params) {
    }

    private static Filter inboxFilter(TenantId tenant, String agencyCode, UUID viewer, InboxQuery query, Instant now) {
        StringBuilder where = new StringBuilder("s.tenant_id = :tenant and s.agency_code = :agency");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("tenant", tenant.code());
        params.put("agency", agencyCode);
        if (query.finished()) {
            where.append(" and s.status in (:states) and s.automatic = false");
            params.put("states", StepStatus.names(StepStatus.decidedStates()));
        } else if (query.status().isPresent()) {
            where.append(" and s.status = :status");
            params.put("status", query.status().get().name());
        } else {
            where.append(" and s.status in (:states)");
            params.put("states", StepStatus.names(StepStatus.activeStates()));
        }
        if (query.mineOnly()) {
            where.append(" and s.assignee_id = :viewer");
            params.put("viewer", viewer);
        }
        if (query.overdueOnly()) {
            where.append(" and (s.breached_at is not null or (s.sla_paused_since is null and s.due_at < :now))");
            params.put("now", Timestamp.from(now));
        }
        query.serviceCode().ifPresent(code -> {
            where.append(" and p.service_code = :service");
            params.put("service", code);
        });
        return new Filter(where.toString(), params);
    }

    /** Steps of an agency by state, with how many are overdue: the agency head's counts. */
    List<Map<String, Object>> agencyCounts(TenantId tenant, String agencyCode) {
        return jdbc.sql("select status, assignee_id, sla_paused_since, due_at, breached_at, completed_at, automatic "
                        + "from application_steps where tenant_id = :tenant and agency_code = :agency "
                        + "and status in (:states)")
                .param("tenant", tenant.code()).param("agency", agencyCode)
                .param("states", StepStatus.names(java.util.stream.Stream.concat(StepStatus.activeStates().stream(),
                        StepStatus.decidedStates().stream()).toList()))
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("status", rs.getString("status"));
                    row.put("assignee", rs.getObject("assignee_id", UUID.class));
                    row.put("paused", rs.getTimestamp("sla_paused_since") != null);
                    row.put("due", nullableInstant(rs, "due_at"));
                    row.put("breached", rs.getTimestamp("breached_at") != null);
                    row.put("completed", nullableInstant(rs, "completed_at"));
                    row.put("automatic", rs.getBoolean("automatic"));
                    return row;
                }).list();
    }

    // ---- files ----

    void insertFile(TenantId tenant, UUID applicationId, Attachment file, byte[] content) {
        jdbc.sql("insert into application_files (id, tenant_id, application_id, document_code, filename, media_type, size_bytes, "
                        + "sha256, content, uploaded_at) values (:id, :tenant, :application, :code, :name, :type, :size, :sha, :content, :at)")
                .param("id", file.id()).param("tenant", tenant.code()).param("application", applicationId)
                .param("code", file.documentCode()).param("name", file.filename()).param("type", file.mediaType())
                .param("size", file.size()).param("sha", file.sha256()).param("content", content)
                .param("at", ts(file.uploadedAt())).update();
    }

    int deleteFiles(TenantId tenant, UUID applicationId, String documentCode) {
        return jdbc.sql("delete from application_files where tenant_id = :tenant and application_id = :application and document_code = :code")
                .param("tenant", tenant.code()).param("application", applicationId).param("code", documentCode).update();
    }

    int deleteFile(TenantId tenant, UUID applicationId, UUID fileId) {
        return jdbc.sql("delete from application_files where tenant_id = :tenant and application_id = :application and id = :id")
                .param("tenant", tenant.code()).param("application", applicationId).param("id", fileId).update();
    }

    List<Attachment> files(TenantId tenant, UUID applicationId) {
        return jdbc.sql("select id, document_code, filename, media_type, size_bytes, sha256, uploaded_at from application_files "
                        + "where tenant_id = :tenant and application_id = :application order by uploaded_at, id")
                .param("tenant", tenant.code()).param("application", applicationId)
                .query((rs, n) -> new Attachment(rs.getObject("id", UUID.class), rs.getString("document_code"),
                        rs.getString("filename"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                        instant(rs, "uploaded_at")))
                .list();
    }

    Optional<FileContent> fileContent(TenantId tenant, UUID applicationId, UUID fileId) {
        return jdbc.sql("select filename, media_type, content from application_files where tenant_id = :tenant "
                        + "and application_id = :application and id = :id")
                .param("tenant", tenant.code()).param("application", applicationId).param("id", fileId)
                .query((rs, n) -> new FileContent(rs.getString("filename"), rs.getString("media_type"), rs.getBytes("content")))
                .optional();
    }

    // ---- timeline and notes ----

    void addTimeline(TenantId tenant, UUID applicationId, Instant at, id.satupintu.applications.ApplicationEventKind kind, @Nullable String agencyCode,
                     @Nullable String stepNameId, @Nullable String stepNameEn, @Nullable String message) {
        jdbc.sql("insert into application_timeline (id, tenant_id, application_id, at, kind, agency_code, step_name_id, "
                        + "step_name_en, message) values (:id, :tenant, :application, :at, :kind, :agency, :nameId, :nameEn, :message)")
                .param("id", Ids.newId()).param("tenant", tenant.code()).param("application", applicationId)
                .param("at", ts(at)).param("kind", kind.value()).param("agency", agencyCode).param("nameId", stepNameId)
                .param("nameEn", stepNameEn).param("message", message).update();
    }

    List<TimelineEntry> timeline(TenantId tenant, UUID applicationId) {
        return jdbc.sql("select at, kind, agency_code, step_name_id, step_name_en, message from application_timeline "
                        + "where tenant_id = :tenant and application_id = :application order by at, id")
                .param("tenant", tenant.code()).param("application", applicationId)
                .query((rs, n) -> new TimelineEntry(instant(rs, "at"), id.satupintu.applications.ApplicationEventKind.of(rs.getString("kind")),
                        Optional.ofNullable(rs.getString("agency_code")), Optional.ofNullable(rs.getString("step_name_id")),
                        Optional.ofNullable(rs.getString("step_name_en")), Optional.ofNullable(rs.getString("message"))))
                .list();
    }

    void addNote(TenantId tenant, UUID applicationId, Note note) {
        jdbc.sql("insert into application_notes (id, tenant_id, application_id, at, author_id, author_name, agency_code, body) "
                        + "values (:id, :tenant, :application, :at, :author, :name, :agency, :body)")
                .param("id", note.id()).param("tenant", tenant.code()).param("application", applicationId)
                .param("at", ts(note.at())).param("author", note.authorId()).param("name", note.authorName())
                .param("agency", note.agencyCode()).param("body", note.body()).update();
    }

    List<Note> notes(TenantId tenant, UUID applicationId) {
        return jdbc.sql("select id, at, author_id, author_name, agency_code, body from application_notes "
                        + "where tenant_id = :tenant and application_id = :application order by at, id")
                .param("tenant", tenant.code()).param("application", applicationId)
                .query((rs, n) -> new Note(rs.getObject("id", UUID.class), instant(rs, "at"), rs.getObject("author_id", UUID.class),
                        rs.getString("author_name"), rs.getString("agency_code"), rs.getString("body")))
                .list();
    }

    // ---- mapping ----

    private static ApplicationRow application(ResultSet rs, int n) throws SQLException {
        return new ApplicationRow(rs.getObject("id", UUID.class), TenantId.of(rs.getString("tenant_id")),
                rs.getString("tracking_code"), rs.getObject("applicant_id", UUID.class), rs.getString("subject_code"),
                rs.getBoolean("bundle"), rs.getInt("subject_version"), rs.getString("responsible_agency"),
                rs.getString("kelurahan_code"), rs.getString("form_data"), ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("language"), rs.getInt("sla_days"), nullableInstant(rs, "sla_start"),
                nullableInstant(rs, "sla_paused_since"), rs.getInt("sla_paused_days"), nullableInstant(rs, "due_at"),
                nullableInstant(rs, "breached_at"), instant(rs, "created_at"), nullableInstant(rs, "submitted_at"),
                nullableInstant(rs, "completed_at"));
    }

    private static StepRow step(ResultSet rs, int n) throws SQLException {
        String role = rs.getString("required_role");
        return new StepRow(rs.getObject("id", UUID.class), TenantId.of(rs.getString("tenant_id")),
                rs.getObject("application_id", UUID.class), rs.getObject("part_id", UUID.class), rs.getInt("stage"),
                rs.getInt("position"), rs.getString("step_code"), rs.getString("name_id"), rs.getString("name_en"),
                rs.getString("agency_code"), role == null ? null : Role.valueOf(role), rs.getBoolean("automatic"),
                StepStatus.valueOf(rs.getString("status")), rs.getObject("assignee_id", UUID.class), rs.getInt("sla_days"),
                nullableInstant(rs, "sla_start"), nullableInstant(rs, "sla_paused_since"), rs.getInt("sla_paused_days"),
                nullableInstant(rs, "due_at"), nullableInstant(rs, "breached_at"), rs.getString("reason"),
                nullableInstant(rs, "opened_at"), nullableInstant(rs, "completed_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
