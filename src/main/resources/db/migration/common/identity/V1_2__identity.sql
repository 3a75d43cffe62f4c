-- People (citizens and staff) and devices (kiosks, outside systems) of each tenant.
-- A NIK is never stored whole in clear: an HMAC for look-ups and uniqueness, a masked form for display,
-- and an AES-GCM ciphertext for the documents that must print it.
create table accounts (
    id               uuid primary key,
    tenant_id        varchar(5)   not null,
    kind             varchar(12)  not null,            -- CITIZEN | STAFF
    username         varchar(120) not null,            -- staff log-in name; citizens: their account id
    display_name     varchar(120) not null,
    password_hash    varchar(200) not null,
    email            varchar(200),
    email_verified   boolean      not null default false,
    phone            varchar(20),                       -- E.164
    phone_verified   boolean      not null default false,
    nik_hash         varchar(64),
    nik_masked       varchar(16),
    nik_cipher       text,
    agency_id        uuid,                              -- organisation module's agency (by id, no foreign key)
    roles            varchar(200) not null,             -- comma separated Role names
    status           varchar(12)  not null,             -- PENDING | ACTIVE | DISABLED
    preferred_lang   varchar(5)   not null default 'id',
    failed_logins    int          not null default 0,
    locked_until     timestamp with time zone,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          int          not null default 0
);
create unique index accounts_username on accounts (tenant_id, username);
create unique index accounts_nik on accounts (tenant_id, nik_hash);
create unique index accounts_email on accounts (tenant_id, email);
create unique index accounts_phone on accounts (tenant_id, phone);
create index accounts_agency on accounts (tenant_id, agency_id);

-- One-time codes: only an HMAC is kept; single use, short-lived, limited attempts.
create table otp_codes (
    id           uuid primary key,
    tenant_id    varchar(5)  not null,
    account_id   uuid        not null references accounts (id),
    purpose      varchar(20) not null,                  -- CONFIRM_CONTACT
    channel      varchar(8)  not null,                  -- EMAIL | SMS
    code_hash    varchar(64) not null,
    expires_at   timestamp with time zone not null,
    attempts     int         not null default 0,
    consumed_at  timestamp with time zone,
    created_at   timestamp with time zone not null
);
create index otp_codes_account on otp_codes (account_id, created_at);

-- API keys of kiosks and outside systems: SHA-256 of the key only; the key itself is shown once.
create table api_keys (
    id            uuid primary key,
    tenant_id     varchar(5)   not null,
    kind          varchar(12)  not null,                -- KIOSK | CLIENT
    name          varchar(120) not null,
    region_code   varchar(20),                          -- where a kiosk stands (kelurahan/kecamatan code)
    key_hash      varchar(64)  not null,
    key_hint      varchar(8)   not null,
    created_by    uuid,
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone
);
create unique index api_keys_hash on api_keys (key_hash);
create index api_keys_tenant on api_keys (tenant_id, kind);
