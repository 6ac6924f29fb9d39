-- Service desk (接诉即办): catalogue, requests with their deadlines, timeline, attachments,
-- revisits and in-app notifications.

create table service_category (
    id                 uuid primary key,
    code               varchar(40)  not null unique,
    -- resident-facing, so every language the portal speaks
    name_zh            varchar(100) not null,
    name_en            varchar(100) not null,
    name_bo            varchar(200) not null,
    name_mn            varchar(200) not null,
    tier               varchar(20)  not null check (tier in ('EMERGENCY', 'UTILITIES', 'GENERAL', 'COMPLEX')),
    response_minutes   int          not null check (response_minutes > 0),
    resolve_minutes    int          not null check (resolve_minutes > 0),
    responsible_level  varchar(20)  not null check (responsible_level in ('GRID', 'COMMUNITY', 'STREET', 'COUNTY')),
    -- extra fields the form asks for, in order: [{code, kind, required, label{zh,en,bo,mn}, options[{code,label{..}}]}]
    fields             jsonb        not null default '[]',
    position           int          not null,
    active             boolean      not null default true,
    constraint resolve_after_response check (resolve_minutes >= response_minutes)
);

-- Numbers are drawn from a sequence: never blocks under concurrency; a rolled-back intake leaves a gap.
create sequence service_request_number_seq;

create table service_request (
    id                     uuid primary key,
    number                 varchar(24)  not null unique,
    category_id            uuid         not null references service_category (id),
    description            varchar(2000) not null,
    extra                  jsonb        not null default '{}',
    channel                varchar(20)  not null check (channel in ('PORTAL', 'PHONE', 'WALK_IN', 'HOME_VISIT', 'HOTLINE_12345')),
    resident_id            uuid references resident (id),
    -- who to answer when the requester is not (or not yet) in the register: the phone is ciphertext
    contact_name           varchar(50),
    contact_phone_cipher   text,
    household_id           uuid references household (id),
    address                varchar(200),
    language               varchar(10)  not null,
    first_responsible_unit_id uuid      not null references org_unit (id),
    unit_id                uuid         not null references org_unit (id),
    assignee_id            uuid references account (id),
    status                 varchar(20)  not null check (status in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED',
                               'CLOSED', 'TRANSFERRED', 'MERGED', 'REJECTED', 'REOPENED')),
    submitted_at           timestamptz  not null,
    response_due           timestamptz  not null,
    resolve_due            timestamptz  not null,
    first_response_at      timestamptz,
    resolved_at            timestamptz,
    closed_at              timestamptz,
    -- the escalation ladder: the unit the request has climbed to, and when it climbs next
    escalated_to_unit_id   uuid references org_unit (id),
    escalation_step        int          not null default 0,
    escalate_at            timestamptz,
    merged_into_id         uuid references service_request (id),
    referral               varchar(500),
    resolution_answer      varchar(20) check (resolution_answer in ('RESOLVED', 'PARTLY_RESOLVED', 'NOT_RESOLVED')),
    satisfaction_answer    varchar(20) check (satisfaction_answer in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
    rating_comment         varchar(500),
    rating_channel         varchar(20),
    rated_at               timestamptz,
    submitted_by           uuid references account (id),
    idempotency_key        varchar(120),
    version                int          not null default 0,
    constraint rated_with_both_answers check ((resolution_answer is null) = (satisfaction_answer is null)),
    constraint rejected_with_referral check (status <> 'REJECTED' or referral is not null),
    constraint merged_has_target check (status <> 'MERGED' or merged_into_id is not null),
    constraint someone_to_answer check (resident_id is not null or contact_name is not null)
);
-- a retried intake finds its first result here; keys are per submitting account (or per form token)
create unique index service_request_idempotency_idx on service_request (idempotency_key) where idempotency_key is not null;
-- the queues: a unit's open requests, a worker's open requests, overdue first
create index service_request_unit_queue_idx on service_request (unit_id, status, resolve_due);
create index service_request_assignee_queue_idx on service_request (assignee_id, status, resolve_due) where assignee_id is not null;
create index service_request_resident_idx on service_request (resident_id, submitted_at desc) where resident_id is not null;
create index service_request_submitted_idx on service_request (submitted_at desc);
create index service_request_category_idx on service_request (category_id, submitted_at desc);
-- what the SLA clock claims: only requests whose clock runs
create index service_request_escalate_idx on service_request (escalate_at) where escalate_at is not null;
-- likely duplicates: same household or address, same category, recent
create index service_request_household_dup_idx on service_request (household_id, category_id, submitted_at) where household_id is not null;
create index service_request_address_dup_idx on service_request (address, category_id, submitted_at) where address is not null;

-- Every act on a request, in order. Append-only like the audit log.
create table service_request_event (
    id              bigserial primary key,
    request_id      uuid         not null references service_request (id),
    occurred_at     timestamptz  not null,
    actor_id        uuid,
    actor_name      varchar(50)  not null,
    actor_display   varchar(50),
    kind            varchar(30)  not null,
    unit_id         uuid references org_unit (id),
    -- the other request of a merge, or a rating's two answers ("PARTLY_RESOLVED BASICALLY_SATISFIED")
    related_number  varchar(60),
    -- for an escalation: when it fell due (a catch-up after downtime records several at once)
    due_at          timestamptz,
    note            varchar(1000)
);
create index service_request_event_request_idx on service_request_event (request_id, id);

create table service_request_attachment (
    id            uuid primary key,
    request_id    uuid         not null references service_request (id),
    file_name     varchar(120) not null,
    content_type  varchar(50)  not null,
    size_bytes    int          not null,
    sha256        varchar(64)  not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   varchar(50)  not null
);
create index service_request_attachment_request_idx on service_request_attachment (request_id);

-- "Not resolved" or "unsatisfied": the community head calls back.
create table revisit (
    id            uuid primary key,
    request_id    uuid         not null unique references service_request (id),
    community_id  uuid         not null references org_unit (id),
    created_at    timestamptz  not null,
    done_at       timestamptz,
    done_by       varchar(50),
    outcome       varchar(500)
);
create index revisit_open_idx on revisit (community_id, created_at) where done_at is null;

create table notification (
    id          bigserial primary key,
    account_id  uuid         not null references account (id),
    kind        varchar(40)  not null,
    args        varchar(200)[] not null default '{}',
    link        varchar(200),
    created_at  timestamptz  not null,
    read_at     timestamptz
);
create index notification_unread_idx on notification (account_id, id desc) where read_at is null;
create index notification_account_idx on notification (account_id, id desc);
