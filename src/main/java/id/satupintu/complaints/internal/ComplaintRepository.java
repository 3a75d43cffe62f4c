package id.satupintu.complaints.internal;

import id.satupintu.audit.AuditTrail;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.shared.Ids;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads {@link Complaint} aggregates from their rows and writes what a move recorded: the changed rows, new tasks,
 * photos, supporters and timeline lines in batches, the audit entries, and the events (into the publication
 * registry), all in the caller's transaction.
 */
@Repository
class ComplaintRepository {

    private final ComplaintStore store;
    private final NamedParameterJdbcTemplate batch;
    private final DeadlineCalendar deadlines;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ComplaintRepository(ComplaintStore store, NamedParameterJdbcTemplate batch, DeadlineCalendar deadlines, AuditTrail audit,
                        ApplicationEventPublisher events) {
        this.store = store;
        this.batch = batch;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
    }

    /** The complaint, its row locked for the rest of the transaction: its changes happen one at a time. */
    Optional<Complaint> lock(TenantId tenant, UUID id) {
        return store.lock(tenant, id).map(this::of);
    }

    Complaint lock(ComplaintRow row) {
        return lock(row.tenant(), row.id()).orElseThrow(() -> new NotFoundException("complaint", row.id().toString()));
    }

    /** Reads the complaint without a lock: for deadlines whose flag was already won by a conditional update. */
    Complaint of(ComplaintRow row) {
        return Complaint.of(row, store.tasks(row.tenant(), row.id()), deadlines);
    }

    /** Writes a new complaint and what filing it recorded. */
    void insert(Complaint complaint, @Nullable String idempotencyKey, @Nullable String reporterSecretHash) {
        store.insert(complaint.row(), idempotencyKey, reporterSecretHash);
        write(complaint, false);
    }

    void save(Complaint complaint) {
        write(complaint, complaint.changed());
    }

    private void write(Complaint complaint, boolean rowChanged) {
        TenantId tenant = complaint.tenant();
        UUID id = complaint.id();
        if (rowChanged) {
            store.update(complaint.row());
        }
        var tasks = complaint.tasks();
        List<Rows.TaskRow> inserted = tasks.stream().filter(ComplaintTask::inserted).map(ComplaintTask::row).toList();
        if (!inserted.isEmpty()) {
            store.insertTasks(inserted);
        }
        tasks.stream().filter(ComplaintTask::changed).map(ComplaintTask::row).forEach(store::updateTask);
        List<Recorded.NewPhoto> photos = complaint.recorded().photos();
        if (!photos.isEmpty()) {
            batch.batchUpdate("insert into complaint_photos (id, tenant_id, complaint_id, kind, media_type, width, height, "
                            + "content, created_at) values (:id, :tenant, :complaint, :kind, :type, :width, :height, :content, :at)",
                    photos.stream().map(p -> (SqlParameterSource) new MapSqlParameterSource()
                            .addValue("id", p.id()).addValue("tenant", tenant.code()).addValue("complaint", id)
                            .addValue("kind", p.kind()).addValue("type", p.photo().mediaType())
                            .addValue("width", p.photo().width()).addValue("height", p.photo().height())
                            .addValue("content", p.photo().bytes()).addValue("at", ts(complaint.now())))
                            .toArray(SqlParameterSource[]::new));
        }
        List<UUID> supporters = complaint.recorded().supporters();
        if (!supporters.isEmpty()) {
            batch.batchUpdate("insert into complaint_supporters (complaint_id, account_id, tenant_id, joined_at) "
                            + "values (:id, :account, :tenant, :at)",
                    supporters.stream().map(person -> (SqlParameterSource) new MapSqlParameterSource()
                            .addValue("id", id).addValue("account", person).addValue("tenant", tenant.code())
                            .addValue("at", ts(complaint.now())))
                            .toArray(SqlParameterSource[]::new));
        }
        complaint.recorded().rating().ifPresent(rating -> store.rate(tenant, id, rating.stars(), rating.comment(), complaint.now()));
        List<Recorded.Line> lines = complaint.recorded().lines();
        if (!lines.isEmpty()) {
            batch.batchUpdate("insert into complaint_timeline (id, tenant_id, complaint_id, at, kind, agency_code, message) "
                            + "values (:id, :tenant, :complaint, :at, :kind, :agency, :message)",
                    lines.stream().map(line -> (SqlParameterSource) new MapSqlParameterSource()
                            .addValue("id", Ids.newId()).addValue("tenant", tenant.code()).addValue("complaint", id)
                            .addValue("at", ts(line.at())).addValue("kind", line.kind().code())
                            .addValue("agency", line.agency()).addValue("message", line.message()))
                            .toArray(SqlParameterSource[]::new));
        }
        for (Recorded.Audit entry : complaint.recorded().audits()) {
            audit.record(tenant, entry.action(), entry.objectType(), entry.objectId().toString(), entry.details());
        }
        complaint.recorded().events().forEach(events::publishEvent);
        complaint.saved();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
