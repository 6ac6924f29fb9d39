-- A rating travels on the timeline as its two answers ("PARTLY_RESOLVED BASICALLY_SATISFIED" is 35
-- characters), which a request number's width could not hold.
alter table service_request_event alter column related_number type varchar(60);
