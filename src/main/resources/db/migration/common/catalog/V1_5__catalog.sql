-- Every published version of every service and bundle; the newest version of a code is the current one.
-- Applications keep (code, version), so a version row is never changed once written.
create table catalog_versions (
    tenant_id     varchar(5)   not null,
    kind          varchar(8)   not null,             -- SERVICE | BUNDLE
    code          varchar(60)  not null,
    version       int          not null,
    agency        varchar(40),
    definition    text         not null,             -- the definition as JSON
    checksum      varchar(64)  not null,             -- SHA-256 of the definition without its version
    source        varchar(200) not null,             -- catalogue file or 'admin:<account id>'
    published_at  timestamp with time zone not null,
    primary key (tenant_id, kind, code, version)
);
