-- Volunteers (志愿者): a registration tied to a resident's record (no copy of name or phone), teams,
-- opportunities with shifts, sign-ups, hours and an append-only points ledger.

create table volunteer (
    id                  uuid primary key,
    resident_id         uuid         not null references resident (id),
    -- the community of the resident's home when they registered: the scope staff see them in
    community_id        uuid         not null references org_unit (id),
    -- and the grid of her building, so that her grid worker serves her too
    grid_id             uuid references org_unit (id),
    skills              varchar(40)[] not null default '{}',
    languages           varchar(10)[] not null default '{}',
    availability        varchar(200),
    -- explicit consent, with its time: registration exists only while consent stands
    consent_at          timestamptz  not null,
    registered_at       timestamptz  not null,
    registered_by       uuid         not null references account (id),
    ended_at            timestamptz,
    end_reason          varchar(30) check (end_reason in ('CONSENT_WITHDRAWN')),
    version             int          not null default 0,
    check ((ended_at is null) = (end_reason is null))
);
-- one standing registration per resident; two registrations at the same moment meet here
create unique index volunteer_active_resident_idx on volunteer (resident_id) where ended_at is null;
create index volunteer_community_idx on volunteer (community_id, id);
create index volunteer_grid_idx on volunteer (grid_id);

create table volunteer_team (
    id                  uuid primary key,
    unit_id             uuid         not null references org_unit (id),
    name                varchar(100) not null,
    -- a volunteer coordinator's account (or staff) who may check volunteers in at the team's shifts
    coordinator_id      uuid references account (id),
    created_at          timestamptz  not null,
    unique (unit_id, name)
);

create table volunteer_team_member (
    team_id             uuid not null references volunteer_team (id),
    volunteer_id        uuid not null references volunteer (id),
    primary key (team_id, volunteer_id)
);

create table volunteer_opportunity (
    id                  uuid primary key,
    unit_id             uuid         not null references org_unit (id),
    team_id             uuid references volunteer_team (id),
    title               varchar(100) not null,
    place               varchar(200) not null,
    -- an activity of the activities module, when the opportunity serves one (no foreign key across modules)
    activity_id         uuid,
    points_per_hour     int          not null check (points_per_hour between 0 and 100),
    points_per_shift    int          not null check (points_per_shift between 0 and 500),
    created_at          timestamptz  not null,
    created_by          uuid         not null references account (id)
);
create index volunteer_opportunity_unit_idx on volunteer_opportunity (unit_id, created_at desc);

create table volunteer_shift (
    id                  uuid primary key,
    opportunity_id      uuid         not null references volunteer_opportunity (id),
    starts_at           timestamptz  not null,
    ends_at             timestamptz  not null,
    needed              int          not null check (needed between 1 and 500),
    -- confirmed sign-ups: raised only by "update … where signed_up < needed"; the check is the last guard
    signed_up           int          not null default 0,
    check (ends_at > starts_at),
    check (signed_up >= 0 and signed_up <= needed)
);
create index volunteer_shift_opportunity_idx on volunteer_shift (opportunity_id, starts_at);

create table volunteer_signup (
    id                  uuid primary key,
    shift_id            uuid         not null references volunteer_shift (id),
    volunteer_id        uuid         not null references volunteer (id),
    status              varchar(20)  not null check (status in ('SIGNED_UP', 'CANCELLED')),
    signed_up_at        timestamptz  not null,
    cancelled_at        timestamptz,
    checked_in_at       timestamptz,
    checked_out_at      timestamptz,
    unique (shift_id, volunteer_id),
    check (checked_out_at is null or (checked_in_at is not null and checked_out_at > checked_in_at))
);
create index volunteer_signup_volunteer_idx on volunteer_signup (volunteer_id);

create table volunteer_hours (
    id                  uuid primary key,
    volunteer_id        uuid         not null references volunteer (id),
    -- the unit the work was done for (the opportunity's, or the volunteer's community): hours per unit
    unit_id             uuid         not null references org_unit (id),
    shift_id            uuid references volunteer_shift (id),
    source              varchar(20)  not null check (source in ('CHECK_OUT', 'ENTERED')),
    status              varchar(20)  not null check (status in ('PENDING', 'APPROVED')),
    worked_on           date         not null,
    minutes             int          not null check (minutes between 1 and 1440),
    description         varchar(300),
    entered_at          timestamptz  not null,
    entered_by          uuid         not null references account (id),
    approved_at         timestamptz,
    approved_by         uuid references account (id),
    check ((status = 'APPROVED') = (approved_at is not null))
);
-- a check-out gives hours once per sign-up
create unique index volunteer_hours_shift_idx on volunteer_hours (shift_id, volunteer_id) where shift_id is not null;
create index volunteer_hours_volunteer_idx on volunteer_hours (volunteer_id, worked_on desc);
create index volunteer_hours_month_idx on volunteer_hours (worked_on) where status = 'APPROVED';

-- Points: every line is kept; the balance row is what concurrent redemptions race on.
create table volunteer_points (
    id                  uuid primary key,
    volunteer_id        uuid         not null references volunteer (id),
    kind                varchar(20)  not null check (kind in ('HOURS', 'SHIFT', 'REDEMPTION')),
    points              int          not null check (points <> 0 and points between -100000 and 100000),
    hours_id            uuid references volunteer_hours (id),
    recognition         varchar(100),
    at                  timestamptz  not null,
    by_account          uuid         not null references account (id),
    check ((kind = 'REDEMPTION') = (points < 0)),
    check ((kind = 'REDEMPTION') = (recognition is not null)),
    check ((kind = 'REDEMPTION') = (hours_id is null))
);
-- the hours' points are earned once, however often the approval is retried
create unique index volunteer_points_hours_idx on volunteer_points (hours_id, kind) where hours_id is not null;
create index volunteer_points_volunteer_idx on volunteer_points (volunteer_id, at desc, id);

create table volunteer_balance (
    volunteer_id        uuid primary key references volunteer (id),
    balance             int not null check (balance >= 0)
);

create function volunteer_points_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'volunteer_points is append-only';
end;
$$;
create trigger volunteer_points_no_update before update or delete on volunteer_points
    for each row execute function volunteer_points_append_only();
create trigger volunteer_points_no_truncate before truncate on volunteer_points
    for each statement execute function volunteer_points_append_only();
