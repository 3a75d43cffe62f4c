package id.satupintu.complaints.internal;

import id.satupintu.complaints.ComplaintStatus;
import id.satupintu.complaints.TaskStatus;
import id.satupintu.complaints.internal.Rows.ComplaintRow;
import id.satupintu.complaints.internal.Rows.TaskRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static id.satupintu.complaints.internal.ComplaintStore.ts;

/**
 * SQL of the deadline sweep: what is past due across all tenants (at most 500 rows a pass) and the conditional
 * flags that let exactly one node escalate each passed deadline. Rows map through {@link ComplaintStore}.
 */
@Repository
class DeadlineQueries {

    private final JdbcClient jdbc;

    DeadlineQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ComplaintRow> verificationOverdue(Instant now) {
        return jdbc.sql("select " + ComplaintStore.COLUMNS + " from complaints where status = :submitted and verify_due < :now "
                        + "and verify_flagged_at is null order by verify_due limit 500")
                .param("now", ts(now)).param("submitted", ComplaintStatus.SUBMITTED.name()).query(ComplaintStore::complaint).list();
    }

    List<ComplaintRow> resolutionOverdue(Instant now) {
        return jdbc.sql("select " + ComplaintStore.COLUMNS + " from complaints where status in (:withAgencies) "
                        + "and resolve_due < :now and resolve_flagged_at is null order by resolve_due limit 500")
                .param("now", ts(now)).param("withAgencies", ComplaintStore.names(ComplaintStatus.withAgencies())).query(ComplaintStore::complaint).list();
    }

    List<TaskRow> followUpOverdue(Instant now) {
        return jdbc.sql("select " + ComplaintStore.TASK_COLUMNS + " from complaint_tasks where status = :open and follow_up_due < :now "
                        + "and flagged_at is null order by follow_up_due limit 500")
                .param("now", ts(now)).param("open", TaskStatus.OPEN.name()).query(ComplaintStore::task).list();
    }

    /** Conditional: true for exactly one caller, however many nodes flag the same deadline at once. */
    boolean flagVerification(UUID id, Instant now) {
        return jdbc.sql("update complaints set verify_flagged_at = :now where id = :id and verify_flagged_at is null")
                .param("now", ts(now)).param("id", id).update() == 1;
    }

    boolean flagResolution(UUID id, Instant now) {
        return jdbc.sql("update complaints set resolve_flagged_at = :now where id = :id and resolve_flagged_at is null")
                .param("now", ts(now)).param("id", id).update() == 1;
    }

    boolean flagTask(UUID id, Instant now) {
        return jdbc.sql("update complaint_tasks set flagged_at = :now where id = :id and flagged_at is null")
                .param("now", ts(now)).param("id", id).update() == 1;
    }

    List<ComplaintRow> dueToClose(Instant now) {
        return jdbc.sql("select " + ComplaintStore.COLUMNS + " from complaints where status = :resolved and auto_close_at < :now "
                        + "order by auto_close_at limit 500")
                .param("now", ts(now)).param("resolved", ComplaintStatus.RESOLVED.name()).query(ComplaintStore::complaint).list();
    }
}
