-- Full-text search of complaints in Bahasa Indonesia (PostgreSQL's snowball 'indonesian' configuration) over the
-- description and address; the portable fallback on H2 is a LIKE per word (ComplaintStore).
alter table complaints add column search_vector tsvector
    generated always as (to_tsvector('indonesian', coalesce(description, '') || ' ' || coalesce(address, ''))) stored;
create index complaints_search on complaints using gin (search_vector);
