-- Evaluation (三率): what each request earned its holders, and monthly sums per unit and worker.

-- Events already applied: a republished or replayed event is recognised and skipped.
create table evaluation_applied_event (
    event_id    uuid primary key,
    applied_at  timestamptz not null
);

-- One row per request: the figures it counts in, each with the month and the holder of the
-- moment that counted (the path keeps the holder's ancestors, for a subtree's list).
create table evaluation_request (
    request_id          uuid primary key,
    number              varchar(24)  not null,
    category_code       varchar(40)  not null,
    tier                varchar(20)  not null,
    -- response: on time (the first response came by the deadline), or overdue (the deadline passed)
    response_month      date,
    response_unit_id    uuid,
    response_path       text,
    response_worker_id  uuid,
    response_on_time    boolean,
    response_at         timestamptz,
    -- the first resolution, judged against the deadline that applied then
    resolved_month      date,
    resolved_unit_id    uuid,
    resolved_path       text,
    resolved_worker_id  uuid,
    resolved_on_time    boolean,
    resolved_at         timestamptz,
    -- the first rating, and the satisfaction after the latest revisit that asked again
    rated_month         date,
    rated_unit_id       uuid,
    rated_path          text,
    rated_worker_id     uuid,
    rated_at            timestamptz,
    resolution          varchar(20),
    satisfaction        varchar(20),
    final_satisfaction  varchar(20),
    final_at            timestamptz
);
create index evaluation_request_response_idx on evaluation_request (response_month, response_path text_pattern_ops, number);
create index evaluation_request_resolved_idx on evaluation_request (resolved_month, resolved_path text_pattern_ops, number);
create index evaluation_request_rated_idx on evaluation_request (rated_month, rated_path text_pattern_ops, number);

-- Monthly sums. A unit's row (worker_id all zeros) counts what the unit or any unit below it held;
-- a worker's row counts what the worker held while in that unit.
create table evaluation_rollup (
    unit_id            uuid        not null,
    worker_id          uuid        not null,
    month              date        not null,
    category_code      varchar(40) not null,
    tier               varchar(20) not null,
    response_due       int not null default 0,
    response_on_time   int not null default 0,
    resolved           int not null default 0,
    resolved_on_time   int not null default 0,
    rated              int not null default 0,
    rated_resolved     int not null default 0,
    rated_partly       int not null default 0,
    rated_satisfied    int not null default 0,
    rated_basically    int not null default 0,
    final_satisfied    int not null default 0,
    final_basically    int not null default 0,
    submitted          int not null default 0,
    escalated          int not null default 0,
    transferred        int not null default 0,
    reopened           int not null default 0,
    closed_unrated     int not null default 0,
    revisited          int not null default 0,
    primary key (unit_id, worker_id, month, category_code, tier)
);
-- a grid's workers in a month
create index evaluation_rollup_workers_idx on evaluation_rollup (month, unit_id) where worker_id <> '00000000-0000-0000-0000-000000000000';
