-- The resident's side of the service desk: she can withdraw her request, follow someone else's
-- report of the same thing, and hears of every step in her own language, exactly once.

-- withdrawn by the resident while still open: closed, off the clock, nothing left to do
alter table service_request drop constraint service_request_status_check;
alter table service_request add constraint service_request_status_check check (status in ('SUBMITTED', 'ACCEPTED',
    'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'TRANSFERRED', 'MERGED', 'REJECTED', 'REOPENED', 'WITHDRAWN'));

-- a notice sent for an event carries the event's id: a listener run twice inserts it once
alter table notification add column event_id uuid;
create unique index notification_event_once_idx on notification (event_id, account_id) where event_id is not null;
-- the language the notice is worded in (the resident's); null: the reader's language of the moment
alter table notification add column language varchar(10);
-- a notice that asked for something already done ("please rate" once rated) leaves the list
alter table notification add column done_at timestamptz;

-- "someone reported this yesterday; follow it instead?": she hears of its steps like its reporter
create table service_request_follower (
    request_id  uuid        not null references service_request (id),
    account_id  uuid        not null references account (id),
    followed_at timestamptz not null,
    primary key (request_id, account_id)
);
create index service_request_follower_account_idx on service_request_follower (account_id, followed_at desc);
