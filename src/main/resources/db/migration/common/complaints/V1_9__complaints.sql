-- Complaints (pengaduan): the report with its place and privacy mode, the tasks of each agency it is dispatched to,
-- re-encoded photos, the public timeline, supporters ("saya juga") and officers' internal notes.
-- Reporter columns stay empty for an anonymous complaint: no identity is kept at all. The contact an outside client
-- gives (reporter_email, _phone, _name) is sealed with the data key (identity's PersonalDataVault).
create table complaints (
    id                   uuid primary key,
    tenant_id            varchar(5)    not null,
    tracking_code        varchar(20)   not null,
    category_code        varchar(60)   not null,
    description          varchar(4000) not null,
    lat                  double precision,
    lon                  double precision,
    address              varchar(400),
    kecamatan_code       varchar(20),
    kelurahan_code       varchar(20),
    privacy              varchar(20)   not null,
    listed               boolean       not null,
    status               varchar(20)   not null,
    channel              varchar(10)   not null,
    reporter_id          uuid,
    reporter_email       varchar(1000),
    reporter_phone       varchar(1000),
    reporter_name        varchar(1000),
    language             varchar(2)    not null,
    idempotency_key      varchar(64),
    tier                 varchar(20)   not null,
    supporters           integer       not null default 0,
    submitted_at         timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    verify_due           timestamp with time zone not null,
    verified_at          timestamp with time zone,
    dispatched_at        timestamp with time zone,
    resolve_due          timestamp with time zone,
    resolved_at          timestamp with time zone,
    auto_close_at        timestamp with time zone,
    closed_at            timestamp with time zone,
    status_note          varchar(2000),
    merged_into          uuid,
    rating               integer,
    rating_comment       varchar(1000),
    rated_at             timestamp with time zone,
    verify_flagged_at    timestamp with time zone,
    resolve_flagged_at   timestamp with time zone,
    version              integer       not null default 0
);
create unique index complaints_tracking_code on complaints (tenant_id, tracking_code);
create unique index complaints_idempotency on complaints (tenant_id, idempotency_key);
create index complaints_public on complaints (tenant_id, listed, submitted_at desc, id);
create index complaints_category_recent on complaints (tenant_id, category_code, submitted_at);
create index complaints_status on complaints (tenant_id, status, submitted_at);
create index complaints_reporter on complaints (tenant_id, reporter_id, submitted_at);
create index complaints_place on complaints (tenant_id, listed, lat, lon);
create index complaints_open_due on complaints (status, verify_due);

create table complaint_tasks (
    id                   uuid primary key,
    tenant_id            varchar(5)    not null,
    complaint_id         uuid          not null references complaints (id),
    position             integer       not null,
    agency_code          varchar(60)   not null,
    status               varchar(20)   not null,
    opened_at            timestamp with time zone not null,
    follow_up_due        timestamp with time zone not null,
    started_at           timestamp with time zone,
    resolved_at          timestamp with time zone,
    resolution_note      varchar(2000),
    proof_photo_id       uuid,
    assignee_id          uuid,
    flagged_at           timestamp with time zone
);
create index complaint_tasks_complaint on complaint_tasks (complaint_id, position);
create index complaint_tasks_agency on complaint_tasks (tenant_id, agency_code, status, follow_up_due);
create index complaint_tasks_open_due on complaint_tasks (status, follow_up_due);

create table complaint_photos (
    id                   uuid primary key,
    tenant_id            varchar(5)    not null,
    complaint_id         uuid          not null references complaints (id),
    kind                 varchar(10)   not null,
    media_type           varchar(40)   not null,
    width                integer       not null,
    height               integer       not null,
    content              bytea         not null,
    created_at           timestamp with time zone not null
);
create index complaint_photos_complaint on complaint_photos (complaint_id, created_at);

create table complaint_timeline (
    id                   uuid primary key,
    tenant_id            varchar(5)    not null,
    complaint_id         uuid          not null references complaints (id),
    at                   timestamp with time zone not null,
    kind                 varchar(30)   not null,
    agency_code          varchar(60),
    message              varchar(2000)
);
create index complaint_timeline_complaint on complaint_timeline (complaint_id, at);
create index complaint_timeline_at on complaint_timeline (tenant_id, at);

create table complaint_supporters (
    complaint_id         uuid          not null references complaints (id),
    account_id           uuid          not null,
    tenant_id            varchar(5)    not null,
    joined_at            timestamp with time zone not null,
    primary key (complaint_id, account_id)
);
create index complaint_supporters_account on complaint_supporters (tenant_id, account_id);

create table complaint_notes (
    id                   uuid primary key,
    tenant_id            varchar(5)    not null,
    complaint_id         uuid          not null references complaints (id),
    at                   timestamp with time zone not null,
    author_id            uuid          not null,
    author_name          varchar(120)  not null,
    agency_code          varchar(60)   not null,
    body                 varchar(4000) not null
);
create index complaint_notes_complaint on complaint_notes (complaint_id, at);
