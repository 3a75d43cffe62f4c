-- The audit trail: one hash chain per tenant. Each entry's hash covers its own fields and the previous entry's
-- hash (see id.satupintu.audit.internal.EntryHash for the exact canonical form), so editing, deleting or
-- reordering a row breaks the chain at that row. Rows are only ever inserted; the application never updates them.
create table audit_log (
    tenant_id   varchar(5)               not null,
    seq         bigint                   not null,
    -- microsecond precision (PostgreSQL's), the same value that was hashed
    recorded_at timestamp with time zone not null,
    -- the account UUID, or 'system' (no request) or 'anonymous' (a request without a signed-in principal)
    actor_id    varchar(64)              not null,
    actor_role  varchar(32)              not null,
    action      varchar(80)              not null,
    object_type varchar(60)              not null,
    object_id   varchar(100)             not null,
    client_ip   varchar(64)              not null,
    -- identifiers only, never personal data: a JSON object of string values with keys sorted
    details     text                     not null,
    prev_hash   char(64)                 not null,
    hash        char(64)                 not null,
    primary key (tenant_id, seq),
    constraint audit_log_seq_positive check (seq > 0)
);

-- The last entry of each tenant's chain. Appending locks this row (SELECT ... FOR UPDATE), which serialises
-- the appends of one tenant; it also lets verification notice entries removed from the end of the chain.
create table audit_chain_head (
    tenant_id varchar(5) primary key,
    seq       bigint     not null,
    hash      char(64)   not null
);
