-- A reporter without an account (anonymous, or filed through an outside system) follows up with a secret handed out
-- once when the complaint is filed: confirm, dispute ("closed, not fixed") or rate. Only its keyed hash is kept
-- (the data key's HMAC, like the idempotency keys), so the database alone cannot act for the reporter.
alter table complaints add column reporter_secret_hash varchar(64);
