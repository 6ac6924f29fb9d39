-- Pairing (结对子·一家亲): a household paired with another household, a staff member or a volunteer
-- resident, with goals and a log of visits; a reminder when a pair has had no visit for 60 days.

create table pair (
    id                   uuid primary key,
    kind                 varchar(20)  not null check (kind in ('HOUSEHOLDS', 'STAFF', 'RESIDENT')),
    household_id         uuid         not null references household (id),
    partner_household_id uuid references household (id),
    partner_account_id   uuid references account (id),
    partner_resident_id  uuid,
    -- who keeps the pair going and gets the reminders
    owner_account_id     uuid         not null references account (id),
    grid_id              uuid         not null references org_unit (id),
    community_id         uuid         not null references org_unit (id),
    goals                varchar(500) not null,
    started_on           date         not null,
    status               varchar(10)  not null default 'ACTIVE' check (status in ('ACTIVE', 'ENDED')),
    ended_on             date,
    last_visit_on        date,
    -- the date the last reminder was about (the last visit, or the start): one reminder per lapse
    reminded_for         date,
    created_at           timestamptz  not null,
    constraint pair_partner check (
        (kind = 'HOUSEHOLDS' and partner_household_id is not null and partner_household_id <> household_id)
        or (kind = 'STAFF' and partner_account_id is not null)
        or (kind = 'RESIDENT' and partner_resident_id is not null))
);
create index pair_grid_idx on pair (grid_id, created_at desc, id desc);
create index pair_community_idx on pair (community_id, status);
create index pair_lapse_idx on pair (coalesce(last_visit_on, started_on)) where status = 'ACTIVE';
-- one active pair per household and partner, however many times it is sent
create unique index pair_active_once on pair (household_id, coalesce(partner_household_id, partner_account_id,
    partner_resident_id)) where status = 'ACTIVE';

create table pair_visit (
    id           uuid primary key,
    pair_id      uuid          not null references pair (id),
    visited_on   date          not null,
    visitor      varchar(50)   not null,
    help         varchar(500)  not null,
    recorded_by  varchar(50)   not null,
    recorded_at  timestamptz   not null
);
create index pair_visit_pair_idx on pair_visit (pair_id, visited_on desc);
create index pair_visit_month_idx on pair_visit (visited_on);
