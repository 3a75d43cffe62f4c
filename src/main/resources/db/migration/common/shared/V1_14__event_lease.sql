-- Leases that let one node at a time do a job for all (shared.events.ResubmissionLease): the holder renews its row
-- on every pass; when a holder dies its lease expires and another node takes over.
CREATE TABLE event_lease (
    name       varchar(50)  NOT NULL PRIMARY KEY,
    holder     varchar(200),
    expires_at timestamp with time zone
);

INSERT INTO event_lease (name, holder, expires_at) VALUES ('resubmission', NULL, NULL);
