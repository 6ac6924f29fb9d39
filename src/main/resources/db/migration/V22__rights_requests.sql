-- A resident's request to correct or delete what is kept about her (PIPL Art. 46-47). Her community
-- answers within 15 days. A table of its own rather than a service-desk category: it is answered
-- by the community as a whole, done or refused with a reason, and never transferred, merged, rated
-- or reopened, so the desk's lifecycle would only get in the way; the deadline is a plain column.
create table rights_request (
    id            uuid primary key,
    resident_id   uuid         not null references resident (id),
    account_id    uuid         not null,
    community_id  uuid         not null references org_unit (id),
    kind          varchar(20)  not null check (kind in ('CORRECTION', 'DELETION')),
    what          varchar(500) not null,
    why           varchar(500) not null,
    submitted_at  timestamptz  not null,
    due_at        timestamptz  not null,
    status        varchar(20)  not null default 'OPEN' check (status in ('OPEN', 'DONE', 'REFUSED')),
    answer        varchar(500),
    answered_by   varchar(50),
    answered_at   timestamptz,
    version       int          not null default 0
);
create index rights_request_open_idx on rights_request (community_id, due_at) where status = 'OPEN';
create index rights_request_resident_idx on rights_request (resident_id, submitted_at desc);
