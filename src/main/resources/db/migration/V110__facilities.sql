-- Facilities and booking: ethnic service centres (民族服务中心), pomegranate seed homes (石榴籽家园)
-- and community halls, their rooms, photos, and the bookings of those rooms.

-- btree_gist lets one GiST index compare a room's uuid with "=" beside the time range's "&&", so the
-- database itself refuses two approved bookings of one room that overlap (the exclusion constraint
-- below). It ships with PostgreSQL's contrib (the embedded binaries carry it) and is a trusted
-- extension, so the migrating owner may create it without being a superuser.
create extension if not exists btree_gist;

create table facility (
    id                 uuid primary key,
    unit_id            uuid          not null references org_unit (id),
    kind               varchar(20)   not null check (kind in ('SERVICE_CENTRE', 'SEED_HOME', 'COMMUNITY_HALL')),
    name               varchar(100)  not null,
    address            varchar(200)  not null,
    -- the facility's own phone (a front desk), never a person's
    phone              varchar(30),
    -- the same hours every open day, in Asia/Shanghai; open_days: bit 0 = Monday … bit 6 = Sunday
    opens_at           time          not null,
    closes_at          time          not null,
    open_days          smallint      not null check (open_days between 1 and 127),
    accessibility      varchar(500),
    description        varchar(1000),
    created_at         timestamptz   not null,
    version            int           not null default 0,
    check (opens_at < closes_at)
);
create index facility_unit_idx on facility (unit_id);
create index facility_name_idx on facility (name, id);

create table facility_room (
    id           uuid primary key,
    facility_id  uuid          not null references facility (id),
    name         varchar(100)  not null,
    capacity     int           not null check (capacity between 1 and 5000),
    equipment    varchar(300),
    unique (facility_id, name)
);
create index facility_room_facility_idx on facility_room (facility_id);

-- Photos are stored as the service desk stores a request's photos: in the row, decoded and encoded
-- afresh (no EXIF), with their digest.
create table facility_photo (
    id            uuid primary key,
    facility_id   uuid          not null references facility (id),
    content_type  varchar(50)   not null,
    size_bytes    int           not null,
    sha256        varchar(64)   not null,
    content       bytea         not null,
    uploaded_at   timestamptz   not null,
    uploaded_by   varchar(50)   not null
);
create index facility_photo_facility_idx on facility_photo (facility_id);

create table booking (
    id                    uuid primary key,
    room_id               uuid          not null references facility_room (id),
    -- [start, end): a booking ending at 10:00 and the next starting at 10:00 do not overlap
    during                tstzrange     not null check (not isempty(during) and not lower_inf(during)
                                                        and not upper_inf(during) and lower_inc(during)
                                                        and not upper_inc(during)),
    purpose               varchar(200)  not null,
    attendees             int           check (attendees between 1 and 5000),
    status                varchar(20)   not null check (status in ('PENDING', 'APPROVED', 'DECLINED', 'CANCELLED')),
    requester_kind        varchar(20)   not null check (requester_kind in ('STAFF', 'RESIDENT', 'ORGANISATION')),
    requester_account_id  uuid          not null references account (id),
    -- a staff-entered booking for an organisation names it; the name of a person is never kept here
    organisation          varchar(100),
    requested_at          timestamptz   not null,
    decided_by            uuid          references account (id),
    decided_at            timestamptz,
    decision_reason       varchar(500),
    cancelled_at          timestamptz,
    version               int           not null default 0,
    check ((requester_kind = 'ORGANISATION') = (organisation is not null)),
    -- the guarantee: two approved bookings of one room never overlap, whatever the code does
    constraint booking_no_overlap exclude using gist (room_id with =, during with &&) where (status = 'APPROVED')
);
create index booking_room_during_idx on booking using gist (room_id, during);
create index booking_pending_idx on booking (requested_at, id) where status = 'PENDING';
create index booking_requester_idx on booking (requester_account_id, requested_at desc);
