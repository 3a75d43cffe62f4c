-- The fingerprint of the catalogue files last loaded per tenant: unchanged files are not parsed again on start.
create table catalog_loads (
    tenant_id         varchar(5)  primary key,
    sources_checksum  varchar(64) not null,
    loaded_at         timestamp with time zone not null
);
