-- Dispute mediation (矛盾纠纷排查化解): cases with their parties, sessions, outcome and follow-up,
-- a timeline of every act, and the monthly resolution-rate rollup per unit.

create sequence mediation_case_number_seq;

create table mediation_case (
    id              uuid primary key,
    number          varchar(20)   not null unique,
    type            varchar(20)   not null check (type in ('NEIGHBOURS', 'FAMILY', 'PROPERTY', 'LABOUR',
                        'LAND_GRASSLAND', 'CONSUMER', 'OTHER')),
    source          varchar(20)   not null check (source in ('SERVICE_REQUEST', 'SCREENING', 'WALK_IN')),
    screening_note  varchar(500),
    -- a request becomes at most one case: two referrals of the same request at once meet here
    request_id      uuid unique references service_request (id),
    request_number  varchar(24),
    unit_id         uuid          not null references org_unit (id),
    mediator_id     uuid          not null references account (id),
    summary         varchar(2000) not null,
    status          varchar(20)   not null check (status in ('OPEN', 'IN_PROGRESS', 'AGREED', 'PARTIAL', 'FAILED',
                        'CLOSED')),
    opened_at       timestamptz   not null,
    opened_by       uuid references account (id),
    settle_due      timestamptz   not null,
    -- set once by the overdue clock in the statement that claims the case
    escalated_at    timestamptz,
    outcome         varchar(10) check (outcome in ('AGREED', 'PARTIAL', 'FAILED')),
    outcome_at      timestamptz,
    terms           varchar(2000),
    referral        varchar(30) check (referral in ('COURT', 'ARBITRATION', 'JUDICIAL_CONFIRMATION')),
    outcome_note    varchar(1000),
    follow_up_due   date,
    followed_up_on  date,
    follow_up_note  varchar(1000),
    agreement_kept  boolean,
    check ((outcome is null) = (outcome_at is null)),
    check (outcome is distinct from 'FAILED' or referral is not null),
    check (outcome is null or outcome = 'FAILED' or terms is not null),
    check (status not in ('AGREED', 'PARTIAL', 'FAILED', 'CLOSED') or outcome is not null),
    check (source = 'SERVICE_REQUEST' or request_id is null)
);
create index mediation_case_unit_idx on mediation_case (unit_id, number desc);
create index mediation_case_mediator_idx on mediation_case (mediator_id, number desc);
create index mediation_case_due_idx on mediation_case (settle_due)
    where escalated_at is null and status in ('OPEN', 'IN_PROGRESS');

create table mediation_party (
    id              uuid primary key,
    case_id         uuid          not null references mediation_case (id),
    position        smallint      not null,
    side            varchar(12)   not null check (side in ('APPLICANT', 'RESPONDENT')),
    -- a registered resident by id, or an outside person with a name and perhaps a phone (sealed)
    resident_id     uuid references resident (id),
    name            varchar(100),
    phone_cipher    text,
    check (resident_id is not null or name is not null),
    check (resident_id is null or (name is null and phone_cipher is null)),
    unique (case_id, position)
);
create index mediation_party_resident_idx on mediation_party (resident_id) where resident_id is not null;

create table mediation_session (
    id              uuid primary key,
    case_id         uuid          not null references mediation_case (id),
    held_on         date          not null,
    place           varchar(200),
    note            varchar(2000) not null,
    recorded_by     uuid references account (id),
    recorded_at     timestamptz   not null
);
create index mediation_session_case_idx on mediation_session (case_id, held_on);

create table mediation_case_event (
    id              bigserial primary key,
    case_id         uuid          not null references mediation_case (id),
    occurred_at     timestamptz   not null,
    actor_id        uuid,
    actor_name      varchar(50)   not null,
    kind            varchar(30)   not null,
    note            varchar(2000)
);
create index mediation_case_event_case_idx on mediation_case_event (case_id, id);
-- an escalation is on a case's timeline exactly once, whatever instances of the clock run
create unique index mediation_case_event_escalated_once on mediation_case_event (case_id) where kind = 'ESCALATED';

-- The resolution rate (化解率) per unit and Asia/Shanghai month: each outcome adds one to the
-- unit holding the case and to every unit above it, in the outcome's own transaction.
create table mediation_rate (
    unit_id         uuid          not null references org_unit (id),
    month           date          not null,
    agreed          int           not null default 0 check (agreed >= 0),
    partial         int           not null default 0 check (partial >= 0),
    failed          int           not null default 0 check (failed >= 0),
    primary key (unit_id, month)
);
