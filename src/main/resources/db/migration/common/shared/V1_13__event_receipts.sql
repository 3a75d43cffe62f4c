-- Which listener handled which event (shared.events.EventReceipts): a second delivery of the same event finds its
-- receipt and does nothing. Rows older than the publication registry's retention can be deleted.
CREATE TABLE event_receipt (
    listener    varchar(100) NOT NULL,
    event_id    uuid         NOT NULL,
    received_at timestamp with time zone NOT NULL,
    PRIMARY KEY (listener, event_id)
);
