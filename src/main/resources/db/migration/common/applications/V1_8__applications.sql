-- Applications (permohonan): drafts and submitted cases, their parts (one per service; several for a life-event
-- bundle), workflow steps routed to agencies, uploads, the public timeline and officers' internal notes.
create table applications (
    id                 uuid primary key,
    tenant_id          varchar(5)   not null,
    tracking_code      varchar(20),
    applicant_id       uuid         not null,
    subject_code       varchar(80)  not null,
    bundle             boolean      not null,
    subject_version    integer      not null,
    responsible_agency varchar(60)  not null,
    kelurahan_code     varchar(20),
    form_data          text         not null,
    status             varchar(20)  not null,
    language           varchar(2)   not null,
    idempotency_key    varchar(100),
    sla_days           integer      not null,
    sla_start          timestamp with time zone,
    sla_paused_since   timestamp with time zone,
    sla_paused_days    integer      not null default 0,
    due_at             timestamp with time zone,
    breached_at        timestamp with time zone,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    submitted_at       timestamp with time zone,
    completed_at       timestamp with time zone,
    version            integer      not null default 0
);
create unique index applications_tracking_code on applications (tenant_id, tracking_code);
create unique index applications_idempotency on applications (tenant_id, applicant_id, idempotency_key);
create index applications_applicant on applications (tenant_id, applicant_id, created_at);
create index applications_open_due on applications (status, due_at);

create table application_parts (
    id                 uuid primary key,
    tenant_id          varchar(5)   not null,
    application_id     uuid         not null references applications (id),
    position           integer      not null,
    service_code       varchar(80)  not null,
    service_version    integer      not null,
    status             varchar(20)  not null,
    document_id        uuid,
    completed_at       timestamp with time zone
);
create index application_parts_application on application_parts (application_id, position);

create table application_steps (
    id                 uuid primary key,
    tenant_id          varchar(5)   not null,
    application_id     uuid         not null references applications (id),
    part_id            uuid         not null references application_parts (id),
    stage              integer      not null,
    position           integer      not null,
    step_code          varchar(80)  not null,
    name_id            varchar(200) not null,
    name_en            varchar(200) not null,
    agency_code        varchar(60)  not null,
    required_role      varchar(20),
    automatic          boolean      not null,
    status             varchar(20)  not null,
    assignee_id        uuid,
    sla_days           integer      not null,
    sla_start          timestamp with time zone,
    sla_paused_since   timestamp with time zone,
    sla_paused_days    integer      not null default 0,
    due_at             timestamp with time zone,
    breached_at        timestamp with time zone,
    reason             varchar(2000),
    opened_at          timestamp with time zone,
    completed_at       timestamp with time zone,
    version            integer      not null default 0
);
create index application_steps_application on application_steps (application_id, stage, position);
create index application_steps_inbox on application_steps (tenant_id, agency_code, status, due_at);
create index application_steps_open_due on application_steps (status, due_at);

create table application_files (
    id                 uuid primary key,
    tenant_id          varchar(5)   not null,
    application_id     uuid         not null references applications (id),
    document_code      varchar(80)  not null,
    filename           varchar(255) not null,
    media_type         varchar(60)  not null,
    size_bytes         bigint       not null,
    sha256             varchar(64)  not null,
    content            bytea        not null,
    uploaded_at        timestamp with time zone not null
);
create index application_files_application on application_files (application_id, document_code);

create table application_timeline (
    id                 uuid primary key,
    tenant_id          varchar(5)   not null,
    application_id     uuid         not null references applications (id),
    at                 timestamp with time zone not null,
    kind               varchar(40)  not null,
    agency_code        varchar(60),
    step_name_id       varchar(200),
    step_name_en       varchar(200),
    message            varchar(2000)
);
create index application_timeline_application on application_timeline (application_id, at);

create table application_notes (
    id                 uuid primary key,
    tenant_id          varchar(5)   not null,
    application_id     uuid         not null references applications (id),
    at                 timestamp with time zone not null,
    author_id          uuid         not null,
    author_name        varchar(120) not null,
    agency_code        varchar(60)  not null,
    body               varchar(4000) not null
);
create index application_notes_application on application_notes (application_id, at);
