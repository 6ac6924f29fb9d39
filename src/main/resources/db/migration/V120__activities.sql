-- Activities where neighbours meet: sign-up with a waiting list, QR tickets, check-in, reports,
-- the festival calendar's office-set dates and the participation figures' monthly rollup.

create table activity (
    id                    uuid primary key,
    kind                  varchar(30)  not null check (kind in ('TRADITIONAL_FESTIVAL', 'MASS_CULTURAL', 'LEGAL_EDUCATION',
                              'HERITAGE_OUTREACH', 'THEMED_UNITY', 'VOLUNTEER_SERVICE', 'SPORTS', 'OTHER')),
    organiser_unit_id     uuid         not null references org_unit (id),
    -- null: open to everyone; otherwise the one community it is for
    audience_community_id uuid references org_unit (id),
    -- the unit whose figures count it: the audience community, else the organiser
    home_unit_id          uuid         not null references org_unit (id),
    title_zh              varchar(200) not null,
    title_en              varchar(200),
    title_bo              varchar(200),
    title_mn              varchar(200),
    description_zh        varchar(4000),
    description_en        varchar(4000),
    description_bo        varchar(4000),
    description_mn        varchar(4000),
    -- an approved booking of the facilities module; wired when that module is merged
    venue_booking_id      uuid,
    venue_address         varchar(300),
    starts_at             timestamptz  not null,
    ends_at               timestamptz  not null,
    capacity              integer      not null check (capacity between 1 and 5000),
    -- confirmed places: the atomic counter that sign-ups race for
    taken                 integer      not null default 0,
    festival_code         varchar(40),
    cancelled_at          timestamptz,
    created_by            uuid         not null references account (id),
    created_at            timestamptz  not null,
    check (ends_at > starts_at),
    check (taken >= 0 and taken <= capacity),
    check (venue_booking_id is not null or venue_address is not null)
);
create index activity_starts_idx on activity (starts_at, id);
create index activity_home_idx on activity (home_unit_id, starts_at);

create table activity_co_organiser (
    activity_id uuid         not null references activity (id),
    position    integer      not null,
    name        varchar(200) not null,
    type        varchar(20)  not null check (type in ('ENTERPRISE', 'ARMY_UNIT', 'AGENCY', 'SCHOOL', 'OTHER')),
    primary key (activity_id, position)
);

create table activity_signup (
    id            uuid primary key,
    activity_id   uuid        not null references activity (id),
    resident_id   uuid        not null references resident (id),
    status        varchar(20) not null check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
    -- the QR code's content: 32 random bytes, base64url; never derived from an id
    token         varchar(64) not null unique,
    -- what staff type when the camera cannot read the code
    short_code    varchar(8)  not null,
    created_at    timestamptz not null,
    created_by    uuid        not null references account (id),
    cancelled_at  timestamptz,
    unique (activity_id, short_code)
);
-- one live sign-up per resident and activity, whatever arrives at once
create unique index activity_signup_once on activity_signup (activity_id, resident_id) where status <> 'CANCELLED';
-- the waiting list in order of arrival
create index activity_signup_waiting on activity_signup (activity_id, created_at) where status = 'WAITING';
create index activity_signup_resident on activity_signup (resident_id);

create table activity_attendance (
    id             uuid primary key,
    activity_id    uuid        not null references activity (id),
    -- null for a walk-in
    signup_id      uuid unique references activity_signup (id),
    resident_id    uuid references resident (id),
    household_id   uuid references household (id),
    walk_in_name   varchar(100),
    checked_in_at  timestamptz not null,
    checked_in_by  uuid        not null references account (id)
);
create unique index activity_attendance_resident on activity_attendance (activity_id, resident_id)
    where resident_id is not null;
create index activity_attendance_activity on activity_attendance (activity_id, checked_in_at);

create table activity_report (
    activity_id        uuid primary key references activity (id),
    summary            varchar(4000) not null,
    participants       integer       not null,
    households_reached integer       not null,
    written_by         uuid          not null references account (id),
    written_at         timestamptz   not null
);

create table activity_photo (
    id           uuid primary key,
    activity_id  uuid         not null references activity (id),
    content_type varchar(20)  not null check (content_type in ('image/png', 'image/jpeg')),
    content      bytea        not null,
    uploaded_by  uuid         not null references account (id),
    uploaded_at  timestamptz  not null
);
create index activity_photo_activity on activity_photo (activity_id, uploaded_at);

-- a festival whose date the office sets each year (柴达木之夏, 那达慕 …), or an override of a computed one
create table festival_date (
    code    varchar(40) not null,
    year    integer     not null check (year between 1900 and 2200),
    day     date        not null,
    set_by  uuid        not null references account (id),
    set_at  timestamptz not null,
    primary key (code, year)
);

-- participation per unit and month (Asia/Shanghai), rewritten for one unit-month on each check-in
create table participation_month (
    unit_id            uuid    not null references org_unit (id),
    month              date    not null,
    activities_held    integer not null,
    participations     integer not null,
    residents_reached  integer not null,
    residents_repeat   integer not null,
    -- activities whose checked-in residents declared two or more groups; only in aggregate
    mixed_activities   integer not null,
    primary key (unit_id, month)
);
