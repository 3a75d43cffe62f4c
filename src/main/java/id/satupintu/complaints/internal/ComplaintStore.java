package id.satupintu.complaints.internal;

import id.satupintu.complaints.Channel;
import id.satupintu.complaints.ComplaintEvent;
import id.satupintu.complaints.ComplaintEventKind;
import id.satupintu.complaints.ComplaintNote;
import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.PhotoContent;
import id.satupintu.complaints.PrivacyMode;
import id.satupintu.complaints.ResolutionTier;
import id.satupintu.complaints.TaskStatus;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.complaints.internal.Rows.TaskRow;
import id.satupintu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL of the complaints tables. Every query names the tenant; the cross-tenant deadline sweep is {@link DeadlineQueries}. */
@Repository
class ComplaintStore {

    static final String COLUMNS = "id, tenant_id, tracking_code, category_code, description, lat, lon, address, "
            + "kecamatan_code, kelurahan_code, privacy, status, channel, reporter_id, reporter_email, reporter_phone, "
            + "reporter_name, language, tier, supporters, submitted_at, updated_at, verify_due, verified_at, dispatched_at, "
            + "resolve_due, resolved_at, auto_close_at, closed_at, status_note, merged_into, rating, verify_flagged_at, "
            + "resolve_flagged_at";
    static final String TASK_COLUMNS = "id, tenant_id, complaint_id, position, agency_code, status, opened_at, "
            + "follow_up_due, started_at, resolved_at, resolution_note, proof_photo_id, assignee_id, flagged_at";
    /** States in which somebody in government still has to act, bound as a list parameter. */
    static final List<String> OPEN = names(ComplaintStatus.open());
    private static final List<String> RESOLUTION_RUNNING = names(ComplaintStatus.resolutionRunning());
    static final List<String> COUNTED_TASKS = names(TaskStatus.counted());
    private static final List<String> ACTIVE_TASKS = names(TaskStatus.active());

    private final JdbcClient jdbc;

    ComplaintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static boolean isPostgres(javax.sql.DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    // ---- complaints ----

    void insert(ComplaintRow row, @Nullable String idempotencyKey, @Nullable String reporterSecretHash) {
        jdbc.sql("insert into complaints (" + COLUMNS + ", listed, idempotency_key, reporter_secret_hash) values (:id, :tenant, :code, :category, "
                        + ":description, :lat, :lon, :address, :kecamatan, :kelurahan, :privacy, :status, :channel, :reporter, "
                        + ":email, :phone, :name, :language, :tier, :supporters, :submitted, :updated, :verifyDue, null, null, "
                        + "null, null, null, null, null, null, null, null, null, :listed, :key, :secret)")
                .param("id", row.id()).param("tenant", row.tenant().code()).param("code", row.trackingCode())
                .param("category", row.categoryCode()).param("description", row.description())
                .param("lat", row.lat()).param("lon", row.lon()).param("address", row.address())
                .param("kecamatan", row.kecamatanCode()).param("kelurahan", row.kelurahanCode())
                .param("privacy", row.privacy().name()).param("status", row.status().name())
                .param("channel", row.channel().name()).param("reporter", row.reporterId())
                .param("email", row.reporterEmail()).param("phone", row.reporterPhone()).param("name", row.reporterName())
                .param("language", row.language()).param("tier", row.tier().name()).param("supporters", row.supporters())
                .param("submitted", ts(row.submittedAt())).param("updated", ts(row.updatedAt()))
                .param("verifyDue", ts(row.verifyDue())).param("listed", row.privacy().listedPublicly())
                .param("key", idempotencyKey).param("secret", reporterSecretHash)
                .update();
    }

    /** Writes every field that changes after filing. */
    void update(ComplaintRow row) {
        jdbc.sql("update complaints set status = :status, tier = :tier, supporters = :supporters, updated_at = :updated, "
                        + "verified_at = :verified, dispatched_at = :dispatched, resolve_due = :resolveDue, resolved_at = :resolved, "
                        + "auto_close_at = :autoClose, closed_at = :closed, status_note = :note, merged_into = :merged, "
                        + "listed = :listed, version = version + 1 where tenant_id = :tenant and id = :id")
                .param("status", row.status().name()).param("tier", row.tier().name()).param("supporters", row.supporters())
                .param("updated", ts(row.updatedAt())).param("verified", ts(row.verifiedAt()))
                .param("dispatched", ts(row.dispatchedAt())).param("resolveDue", ts(row.resolveDue()))
                .param("resolved", ts(row.resolvedAt())).param("autoClose", ts(row.autoCloseAt()))
                .param("closed", ts(row.closedAt())).param("note", row.statusNote()).param("merged", row.mergedInto())
                .param("listed", row.privacy().listedPublicly() && row.status() != ComplaintStatus.MERGED)
                .param("tenant", row.tenant().code()).param("id", row.id())
                .update();
    }

    void rate(TenantId tenant, UUID id, int stars, String comment, Instant at) {
        jdbc.sql("update complaints set rating = :stars, rating_comment = :comment, rated_at = :at, updated_at = :at "
                        + "where tenant_id = :tenant and id = :id")
                .param("stars", stars).param("comment", comment).param("at", ts(at))
                .param("tenant", tenant.code()).param("id", id).update();
    }

    Optional<ComplaintRow> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from complaints where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.code()).param("id", id).query(ComplaintStore::complaint).optional();
    }

    Optional<ComplaintRow> findByCode(TenantId tenant, String code) {
        return jdbc.sql("select " + COLUMNS + " from complaints where tenant_id = :tenant and tracking_code = :code")
                .param("tenant", tenant.code()).param("code", code).query(ComplaintStore::complaint).optional();
    }

    Optional<ComplaintRow> findByIdempotencyKey(TenantId tenant, String key) {
        return jdbc.sql("select " + COLUMNS + " from complaints where tenant_id = :tenant and idempotency_key = :key")
                .param("tenant", tenant.code()).param("key", key).query(ComplaintStore::complaint).optional();
    }

    /** Locks the complaint's row for the rest of the transaction: its changes happen one at a time. */
    Optional<String> reporterSecretHash(TenantId tenant, UUID id) {
        return jdbc.sql("select reporter_secret_hash from complaints where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.code()).param("id", id).query(String.class).optional();
    }

    Optional<ComplaintRow> lock(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from complaints where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant.code()).param("id", id).query(ComplaintStore::complaint).optional();
    }

    List<ComplaintRow> mine(TenantId tenant, UUID accountId) {
        return jdbc.sql("select " + COLUMNS + " from complaints where tenant_id = :tenant and (reporter_id = :account "
                        + "or id in (select complaint_id from complaint_supporters where tenant_id = :tenant and account_id = :account)) "
                        + "order by submitted_at desc")
                .param("tenant", tenant.code()).param("account", accountId).query(ComplaintStore::complaint).list();
    }

    /** Open complaints of a category inside a box, filed since {@code since}. */
    List<ComplaintRow> nearby(TenantId tenant, String category, double south, double west, double north, double east,
                              Instant since) {
        return jdbc.sql("select " + COLUMNS + " from complaints where tenant_id = :tenant and category_code = :category "
                        + "and submitted_at >= :since and status in (:open) and lat between :south and :north "
                        + "and lon between :west and :east order by submitted_at desc limit 50")
                .param("tenant", tenant.code()).param("category", category).param("since", ts(since)).param("open", OPEN)
                .param("south", south).param("north", north).param("west", west).param("east", east)
                .query(ComplaintStore::complaint).list();
    }

    /** Overdue as SQL ({@link #overdueParams}): waiting for verification past its due, or unresolved past the deadline. */
    static String overdueSql() {
        return "((status = :submitted and verify_due < :now) or (status in (:resolutionRunning) "
                + "and resolve_due is not null and resolve_due < :now))";
    }

    static void overdueParams(Map<String, Object> params, Instant now) {
        params.put("now", ts(now));
        params.put("submitted", ComplaintStatus.SUBMITTED.name());
        params.put("resolutionRunning", RESOLUTION_RUNNING);
    }

    static List<String> names(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    // ---- officers' queues ----

    /** Complaints the desk has to act on (or, with a status, those in that status), most urgent first. */
    List<ComplaintRow> deskQueue(TenantId tenant, @Nullable ComplaintStatus status, boolean overdueOnly, Instant now,
                                 int limit, long offset) {
        Map<String, Object> params = new LinkedHashMap<>();
        overdueParams(params, now);
        params.put("tenant", tenant.code());
        params.put("states", status == null ? names(ComplaintStatus.atDesk()) : List.of(status.name()));
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select " + COLUMNS + " from complaints where tenant_id = :tenant and status in (:states)"
                        + (overdueOnly ? " and " + overdueSql() : "")
                        + " order by coalesce(resolve_due, verify_due), submitted_at limit :limit offset :offset")
                .params(params).query(ComplaintStore::complaint).list();
    }

    /** Complaints with an active task of the agency, by the task's follow-up deadline. */
    List<ComplaintRow> agencyQueue(TenantId tenant, String agency, @Nullable ComplaintStatus status, boolean overdueOnly,
                                   Instant now, int limit, long offset) {
        return jdbc.sql("select " + prefixed("c") + " from complaints c join (select complaint_id, min(follow_up_due) as due "
                        + "from complaint_tasks where tenant_id = :tenant and agency_code = :agency and status in (:active) "
                        + "group by complaint_id) t on t.complaint_id = c.id where c.tenant_id = :tenant"
                        + (status == null ? "" : " and c.status = :status")
                        + (overdueOnly ? " and (t.due < :now or (c.resolve_due is not null and c.resolve_due < :now))" : "")
                        + " order by least(t.due, coalesce(c.resolve_due, t.due)), c.submitted_at limit :limit offset :offset")
                .param("tenant", tenant.code()).param("agency", agency).param("active", ACTIVE_TASKS)
                .param("status", status == null ? "" : status.name())
                .param("now", ts(now)).param("limit", limit).param("offset", offset)
                .query(ComplaintStore::complaint).list();
    }

    boolean hasTaskFor(TenantId tenant, UUID complaintId, String agency) {
        return jdbc.sql("select count(*) from complaint_tasks where tenant_id = :tenant and complaint_id = :id and agency_code = :agency")
                .param("tenant", tenant.code()).param("id", complaintId).param("agency", agency)
                .query(Long.class).single() > 0;
    }

    // ---- tasks ----

    void insertTasks(List<TaskRow> tasks) {
        for (TaskRow task : tasks) {
            insertTask(task);
        }
    }

    void insertTask(TaskRow task) {
        jdbc.sql("insert into complaint_tasks (" + TASK_COLUMNS + ") values (:id, :tenant, :complaint, :position, :agency, "
                        + ":status, :opened, :due, :started, :resolved, :note, :proof, :assignee, :flagged)")
                .param("id", task.id()).param("tenant", task.tenant().code()).param("complaint", task.complaintId())
                .param("position", task.position()).param("agency", task.agencyCode()).param("status", task.status().name())
                .param("opened", ts(task.openedAt())).param("due", ts(task.followUpDue())).param("started", ts(task.startedAt()))
                .param("resolved", ts(task.resolvedAt())).param("note", task.resolutionNote()).param("proof", task.proofPhotoId())
                .param("assignee", task.assigneeId()).param("flagged", ts(task.flaggedAt()))
                .update();
    }

    void updateTask(TaskRow task) {
        jdbc.sql("update complaint_tasks set status = :status, follow_up_due = :due, started_at = :started, "
                        + "resolved_at = :resolved, resolution_note = :note, proof_photo_id = :proof, assignee_id = :assignee, "
                        + "flagged_at = :flagged where tenant_id = :tenant and id = :id")
                .param("status", task.status().name()).param("due", ts(task.followUpDue())).param("started", ts(task.startedAt()))
                .param("resolved", ts(task.resolvedAt())).param("note", task.resolutionNote()).param("proof", task.proofPhotoId())
                .param("assignee", task.assigneeId()).param("flagged", ts(task.flaggedAt()))
                .param("tenant", task.tenant().code()).param("id", task.id())
                .update();
    }

    List<TaskRow> tasks(TenantId tenant, UUID complaintId) {
        return jdbc.sql("select " + TASK_COLUMNS + " from complaint_tasks where tenant_id = :tenant and complaint_id = :id order by position")
                .param("tenant", tenant.code()).param("id", complaintId).query(ComplaintStore::task).list();
    }

    /** Active tasks' agencies of many complaints at once (for a list page). */
    Map<UUID, List<String>> agenciesOf(TenantId tenant, Collection<UUID> complaintIds) {
        Map<UUID, List<String>> agencies = new LinkedHashMap<>();
        if (complaintIds.isEmpty()) {
            return agencies;
        }
        jdbc.sql("select complaint_id, agency_code from complaint_tasks where tenant_id = :tenant and complaint_id in (:ids) "
                        + "and status in (:counted) order by complaint_id, position")
                .param("tenant", tenant.code()).param("ids", complaintIds).param("counted", COUNTED_TASKS)
                .query(rs -> {
                    agencies.computeIfAbsent(rs.getObject("complaint_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("agency_code"));
                });
        return agencies;
    }

    Optional<TaskRow> task(TenantId tenant, UUID taskId) {
        return jdbc.sql("select " + TASK_COLUMNS + " from complaint_tasks where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.code()).param("id", taskId).query(ComplaintStore::task).optional();
    }

    // ---- photos ----

    List<UUID> photoIds(TenantId tenant, UUID complaintId, String kind) {
        return jdbc.sql("select id from complaint_photos where tenant_id = :tenant and complaint_id = :id and kind = :kind order by created_at, id")
                .param("tenant", tenant.code()).param("id", complaintId).param("kind", kind).query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    Map<UUID, List<UUID>> reportPhotoIds(TenantId tenant, Collection<UUID> complaintIds) {
        Map<UUID, List<UUID>> photos = new LinkedHashMap<>();
        if (complaintIds.isEmpty()) {
            return photos;
        }
        jdbc.sql("select complaint_id, id from complaint_photos where tenant_id = :tenant and complaint_id in (:ids) "
                        + "and kind = 'report' order by created_at, id")
                .param("tenant", tenant.code()).param("ids", complaintIds)
                .query(rs -> {
                    photos.computeIfAbsent(rs.getObject("complaint_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject("id", UUID.class));
                });
        return photos;
    }

    record StoredPhoto(UUID complaintId, PhotoContent content) {
    }

    Optional<StoredPhoto> photo(TenantId tenant, UUID photoId) {
        return jdbc.sql("select complaint_id, media_type, content from complaint_photos where tenant_id = :tenant and id = :id")
                .param("tenant", tenant.code()).param("id", photoId)
                .query((rs, n) -> new StoredPhoto(rs.getObject("complaint_id", UUID.class),
                        new PhotoContent(rs.getBytes("content"), rs.getString("media_type"))))
                .optional();
    }

    // ---- timeline, supporters, notes ----

    List<ComplaintEvent> timeline(TenantId tenant, UUID complaintId) {
        return jdbc.sql("select at, kind, agency_code, message from complaint_timeline where tenant_id = :tenant "
                        + "and complaint_id = :id order by at, id")
                .param("tenant", tenant.code()).param("id", complaintId)
                .query((rs, n) -> new ComplaintEvent(instant(rs, "at"), ComplaintEventKind.ofCode(rs.getString("kind")),
                        Optional.ofNullable(rs.getString("agency_code")), Optional.ofNullable(rs.getString("message"))))
                .list();
    }

    boolean isSupporter(TenantId tenant, UUID complaintId, UUID accountId) {
        return jdbc.sql("select count(*) from complaint_supporters where tenant_id = :tenant and complaint_id = :id and account_id = :account")
                .param("tenant", tenant.code()).param("id", complaintId).param("account", accountId)
                .query(Long.class).single() > 0;
    }

    List<UUID> supporters(TenantId tenant, UUID complaintId) {
        return jdbc.sql("select account_id from complaint_supporters where tenant_id = :tenant and complaint_id = :id order by joined_at")
                .param("tenant", tenant.code()).param("id", complaintId).query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    void insertNote(TenantId tenant, UUID complaintId, ComplaintNote note) {
        jdbc.sql("insert into complaint_notes (id, tenant_id, complaint_id, at, author_id, author_name, agency_code, body) "
                        + "values (:id, :tenant, :complaint, :at, :author, :name, :agency, :body)")
                .param("id", note.id()).param("tenant", tenant.code()).param("complaint", complaintId).param("at", ts(note.at()))
                .param("author", note.authorId()).param("name", note.authorName()).param("agency", note.agencyCode())
                .param("body", note.body()).update();
    }

    List<ComplaintNote> notes(TenantId tenant, UUID complaintId) {
        return jdbc.sql("select id, at, author_id, author_name, agency_code, body from complaint_notes where tenant_id = :tenant "
                        + "and complaint_id = :id order by at, id")
                .param("tenant", tenant.code()).param("id", complaintId)
                .query((rs, n) -> new ComplaintNote(rs.getObject("id", UUID.class), instant(rs, "at"),
                        rs.getObject("author_id", UUID.class), rs.getString("author_name"), rs.getString("agency_code"),
                        rs.getString("body")))
                .list();
    }

    // ---- mapping ----

    private static String prefixed(String alias) {
        StringBuilder out = new StringBuilder();
        for (String column : COLUMNS.split(",\\s*")) {
            out.append(out.isEmpty() ? "" : ", ").append(alias).append('.').append(column);
        }
        return out.toString();
    }

    static ComplaintRow complaint(ResultSet rs, int n) throws SQLException {
        double lat = rs.getDouble("lat");
        boolean noLat = rs.wasNull();
        double lon = rs.getDouble("lon");
        boolean noLon = rs.wasNull();
        int rating = rs.getInt("rating");
        boolean noRating = rs.wasNull();
        return new ComplaintRow(rs.getObject("id", UUID.class), TenantId.of(rs.getString("tenant_id")),
                rs.getString("tracking_code"), rs.getString("category_code"), rs.getString("description"),
                noLat ? null : lat, noLon ? null : lon, rs.getString("address"), rs.getString("kecamatan_code"),
                rs.getString("kelurahan_code"), PrivacyMode.valueOf(rs.getString("privacy")),
                ComplaintStatus.valueOf(rs.getString("status")), Channel.valueOf(rs.getString("channel")),
                rs.getObject("reporter_id", UUID.class), rs.getString("reporter_email"), rs.getString("reporter_phone"),
                rs.getString("reporter_name"), rs.getString("language"), ResolutionTier.valueOf(rs.getString("tier")),
                rs.getInt("supporters"), instant(rs, "submitted_at"), instant(rs, "updated_at"), instant(rs, "verify_due"),
                nullableInstant(rs, "verified_at"), nullableInstant(rs, "dispatched_at"), nullableInstant(rs, "resolve_due"),
                nullableInstant(rs, "resolved_at"), nullableInstant(rs, "auto_close_at"), nullableInstant(rs, "closed_at"),
                rs.getString("status_note"), rs.getObject("merged_into", UUID.class), noRating ? null : rating,
                nullableInstant(rs, "verify_flagged_at"), nullableInstant(rs, "resolve_flagged_at"));
    }

    static TaskRow task(ResultSet rs, int n) throws SQLException {
        return new TaskRow(rs.getObject("id", UUID.class), TenantId.of(rs.getString("tenant_id")),
                rs.getObject("complaint_id", UUID.class), rs.getInt("position"), rs.getString("agency_code"),
                TaskStatus.valueOf(rs.getString("status")), instant(rs, "opened_at"), instant(rs, "follow_up_due"),
                nullableInstant(rs, "started_at"), nullableInstant(rs, "resolved_at"), rs.getString("resolution_note"),
                rs.getObject("proof_photo_id", UUID.class), rs.getObject("assignee_id", UUID.class),
                nullableInstant(rs, "flagged_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
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
