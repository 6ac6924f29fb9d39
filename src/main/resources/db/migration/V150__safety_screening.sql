-- Safety-hazard screening (安全隐患排查): about places and things, never people. Campaigns with a
-- checklist, inspection tasks over places, findings with photos, rectification with a deadline by
-- severity, re-inspection and closing with evidence. And the enterprises registry with its liaison.

create table enterprise (
    id                  uuid primary key,
    name                varchar(100) not null,
    -- 统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character
    credit_code         char(18)     not null unique,
    unit_id             uuid         not null references org_unit (id),
    address             varchar(200) not null,
    kind                varchar(20)  not null,
    liaison_account_id  uuid references account (id),
    created_at          timestamptz  not null default now()
);
create index enterprise_unit_idx on enterprise (unit_id, created_at desc, id desc);

create table safety_campaign (
    id             uuid primary key,
    theme          varchar(100) not null,
    starts_on      date         not null,
    ends_on        date         not null,
    owner_unit_id  uuid         not null references org_unit (id),
    created_by     varchar(50)  not null,
    created_at     timestamptz  not null,
    constraint safety_campaign_period check (ends_on >= starts_on)
);
create index safety_campaign_owner_idx on safety_campaign (owner_unit_id);

-- the units the campaign screens: places anywhere below them may be inspected
create table safety_campaign_unit (
    campaign_id  uuid not null references safety_campaign (id),
    unit_id      uuid not null references org_unit (id),
    primary key (campaign_id, unit_id)
);
create index safety_campaign_unit_unit_idx on safety_campaign_unit (unit_id);

create table safety_checklist_item (
    id           uuid primary key,
    campaign_id  uuid         not null references safety_campaign (id),
    position     int          not null,
    text         varchar(200) not null,
    unique (campaign_id, position)
);

create table safety_inspection (
    id            uuid primary key,
    campaign_id   uuid         not null references safety_campaign (id),
    place_kind    varchar(20)  not null check (place_kind in ('BUILDING', 'ENTERPRISE', 'FACILITY')),
    place_id      uuid         not null,
    place_label   varchar(200) not null,
    -- the unit that holds the place (a building's grid, an enterprise's unit): scope and escalation follow it
    unit_id       uuid         not null references org_unit (id),
    status        varchar(20)  not null default 'PLANNED' check (status in ('PLANNED', 'DONE')),
    created_at    timestamptz  not null,
    done_at       timestamptz,
    done_by       varchar(50),
    note          varchar(1000),
    -- one task per place and campaign, whoever adds it twice at the same moment
    unique (campaign_id, place_kind, place_id)
);
create index safety_inspection_unit_idx on safety_inspection (unit_id, created_at desc, id desc);

create table safety_finding (
    id                 uuid primary key,
    inspection_id      uuid          not null references safety_inspection (id),
    checklist_item_id  uuid          not null references safety_checklist_item (id),
    severity           varchar(10)   not null check (severity in ('MINOR', 'MAJOR', 'CRITICAL')),
    description        varchar(1000) not null,
    status             varchar(20)   not null default 'OPEN'
        check (status in ('OPEN', 'RECTIFYING', 'REINSPECTED', 'CLOSED')),
    responsible_party  varchar(100),
    deadline           timestamptz,
    rectified_at       timestamptz,
    evidence_note      varchar(1000),
    escalated_at       timestamptz,
    closed_at          timestamptz,
    created_at         timestamptz   not null,
    created_by         varchar(50)   not null,
    constraint safety_finding_rectifying check (status = 'OPEN' or (responsible_party is not null and deadline is not null)),
    constraint safety_finding_closed_with_evidence check (status <> 'CLOSED' or closed_at is not null)
);
create index safety_finding_inspection_idx on safety_finding (inspection_id);
-- what the overdue job scans: rectifications past their deadline not yet escalated
create index safety_finding_overdue_idx on safety_finding (deadline) where status = 'RECTIFYING' and escalated_at is null;

create table safety_finding_event (
    id          uuid primary key,
    finding_id  uuid          not null references safety_finding (id),
    at          timestamptz   not null,
    kind        varchar(20)   not null,
    actor       varchar(50)   not null,
    note        varchar(1000)
);
create index safety_finding_event_finding_idx on safety_finding_event (finding_id, at);

-- photos live in the database beside their finding, as the service desk keeps its attachments
create table safety_photo (
    id            uuid primary key,
    finding_id    uuid         not null references safety_finding (id),
    purpose       varchar(10)  not null check (purpose in ('FINDING', 'EVIDENCE')),
    file_name     varchar(120) not null,
    content_type  varchar(50)  not null,
    size_bytes    int          not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   varchar(50)  not null
);
create index safety_photo_finding_idx on safety_photo (finding_id, purpose);
