-- Cultural heritage (非遗): projects of the ten national categories, their inheritors (传承人) and
-- outreach "into homes, into schools"; cultural sites with what they offer and their opening hours.

create table heritage_project (
    id           uuid primary key,
    name         varchar(100)  not null,
    category     varchar(30)   not null,
    level        varchar(20)   not null check (level in ('NATIONAL', 'PROVINCIAL', 'PREFECTURE', 'COUNTY')),
    region_id    uuid          not null references org_unit (id),
    description  varchar(2000) not null,
    media        varchar(300)[] not null default '{}',
    created_at   timestamptz   not null,
    unique (region_id, name)
);
create index heritage_project_region_idx on heritage_project (region_id, created_at desc, id desc);

create table heritage_inheritor (
    id          uuid primary key,
    project_id  uuid         not null references heritage_project (id),
    name        varchar(50)  not null,
    level       varchar(20)  not null check (level in ('NATIONAL', 'PROVINCIAL', 'PREFECTURE', 'COUNTY')),
    created_at  timestamptz  not null
);
create index heritage_inheritor_project_idx on heritage_inheritor (project_id);

create table heritage_outreach (
    id            uuid primary key,
    project_id    uuid         not null references heritage_project (id),
    kind          varchar(10)  not null check (kind in ('HOMES', 'SCHOOLS')),
    held_on       date         not null,
    place         varchar(100) not null,
    audience      int          not null check (audience between 0 and 100000),
    note          varchar(500),
    -- an activity of the activities module, when the outreach was run as one (wired at merge)
    activity_id   uuid,
    created_at    timestamptz  not null
);
create index heritage_outreach_project_idx on heritage_outreach (project_id, held_on desc);

create table cultural_site (
    id             uuid primary key,
    kind           varchar(20)   not null
        check (kind in ('RED_CULTURE_BASE', 'MUSEUM', 'CULTURE_STREET', 'EXHIBITION_HALL')),
    name           varchar(100)  not null,
    unit_id        uuid          not null references org_unit (id),
    address        varchar(200)  not null,
    offers         varchar(500)  not null,
    opening_hours  varchar(100)  not null,
    description    varchar(1000) not null,
    created_at     timestamptz   not null,
    unique (unit_id, name)
);
create index cultural_site_unit_idx on cultural_site (unit_id, created_at desc, id desc);
