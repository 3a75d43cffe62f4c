-- On PostgreSQL the audit log is append-only for everyone but a DBA who deliberately disables these triggers
-- (which itself needs the table's owner). audit_chain_head stays updatable: every append moves it.
--
-- Production should in addition run the application as a role that is NOT the owner of audit_log and holds
-- only SELECT and INSERT on it (no UPDATE, DELETE or TRUNCATE grants), with migrations run by a separate
-- owner role, e.g.:
--   revoke update, delete, truncate on audit_log from satupintu_app;
--   grant select, insert on audit_log to satupintu_app;
-- so that the application cannot disable the triggers either.
create function audit_log_refuse_change() returns trigger
    language plpgsql
as
$$
begin
    raise exception 'audit_log is append-only: % refused', tg_op
        using errcode = 'restrict_violation';
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row
execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement
execute function audit_log_refuse_change();
