-- Issued documents: the PDF as issued, its fingerprint, and only what is printed on it.
create table issued_documents (
    id                 uuid primary key,
    tenant_id          varchar(5)   not null,
    verification_code  varchar(32)  not null,
    title_id           varchar(200) not null,
    title_en           varchar(200) not null,
    number             varchar(80)  not null,
    holder_name        varchar(120) not null,
    issuer             varchar(200) not null,
    reference          varchar(40)  not null,
    issued_at          timestamp with time zone not null,
    sha256             varchar(64)  not null,
    pdf                bytea        not null
);
create unique index issued_documents_code on issued_documents (verification_code);
create index issued_documents_reference on issued_documents (tenant_id, reference);
