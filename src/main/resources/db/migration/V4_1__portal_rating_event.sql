-- A rating is recorded on the timeline with both answers as its related text, e.g.
-- "PARTLY_RESOLVED BASICALLY_SATISFIED" (35 characters): wider than a request number.
alter table service_request_event alter column related_number type varchar(40);
