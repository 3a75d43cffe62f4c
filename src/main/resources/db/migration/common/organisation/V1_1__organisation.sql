-- Tenants (regional governments) and each tenant's organisation tree: regions and agencies.

-- One regional government (kota/kabupaten), keyed by its Kemendagri code, e.g. 35.78 = Kota Surabaya.
create table tenants (
    code        varchar(5)   primary key,
    name        varchar(120) not null,
    kind        varchar(12)  not null,                 -- KOTA | KABUPATEN
    created_at  timestamp with time zone not null
);

-- Kemendagri administrative regions below the tenant, in dotted form: 35.78.01 (kecamatan),
-- 35.78.01.1001 (kelurahan/desa). A kelurahan's parent is its kecamatan; a kecamatan has none stored.
create table regions (
    tenant_id    varchar(5)   not null references tenants (code),
    code         varchar(20)  not null,
    level        varchar(12)  not null,                -- KECAMATAN | KELURAHAN
    name         varchar(120) not null,
    parent_code  varchar(20),
    primary key (tenant_id, code)
);
create index regions_level_parent on regions (tenant_id, level, parent_code);

-- Perangkat daerah (OPD) and the kecamatan/kelurahan offices. The code is a lowercase slug, unique per tenant.
create table agencies (
    id           uuid         primary key,
    tenant_id    varchar(5)   not null references tenants (code),
    code         varchar(40)  not null,
    kind         varchar(20)  not null,                -- DINAS | BADAN | SATPOL | SEKRETARIAT | INSPEKTORAT | KECAMATAN | KELURAHAN
    name_id      varchar(200) not null,
    name_en      varchar(200) not null,
    short_name   varchar(60)  not null,
    region_code  varchar(20),                          -- the region a kecamatan/kelurahan office serves
    active       boolean      not null default true,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      int          not null default 0,      -- optimistic locking
    foreign key (tenant_id, region_code) references regions (tenant_id, code)
);
create unique index agencies_code on agencies (tenant_id, code);
create index agencies_kind on agencies (tenant_id, kind);
create index agencies_region on agencies (tenant_id, region_code);
