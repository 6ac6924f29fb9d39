-- Excel imports: a job per uploaded file, and its rows staged (encrypted) before anything reaches
-- the register, so that a crash never leaves half a file behind and a restart can resume.

create table import_job (
    id            uuid primary key,
    kind          varchar(20)  not null check (kind in ('UNITS', 'PLACES', 'HOUSEHOLDS', 'RESIDENTS')),
    file_name     varchar(200) not null,
    sha256        varchar(64)  not null,
    status        varchar(20)  not null check (status in ('VALIDATING', 'READY', 'REFUSED', 'COMMITTING', 'COMMITTED', 'FAILED')),
    mode          varchar(20)  check (mode in ('ALL_OR_NOTHING', 'GOOD_ROWS')),
    -- a refusal of the whole file: message key and its argument
    problem       varchar(100),
    problem_arg   varchar(500),
    expected_rows int          not null default 0,
    total_rows    int          not null default 0,
    good_rows     int          not null default 0,
    bad_rows      int          not null default 0,
    done_rows     int          not null default 0,
    account_id    uuid         references account (id),
    username      varchar(50)  not null,
    -- the importer's unit: null for the administrator, who may import anywhere
    scope_root    uuid         references org_unit (id),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create index import_job_created_idx on import_job (created_at desc);
-- one file of one kind goes into the register once: the same file again is recognised, also when two arrive at once
create unique index import_job_once_idx on import_job (sha256, kind) where status in ('COMMITTING', 'COMMITTED');

create table import_row (
    job_id      uuid        not null references import_job (id) on delete cascade,
    row_no      int         not null,
    -- the cells as typed (JSON array), AES-GCM encrypted: they may hold ID numbers and phones
    cells       text        not null,
    status      varchar(10) not null check (status in ('GOOD', 'BAD', 'DONE')),
    -- problems as a JSON array of {column, key, arg}
    errors      jsonb,
    -- what makes two rows the same record (a code, an address, a keyed hash of an ID number)
    dedupe_key  varchar(400),
    -- rows are written in this order: a unit after its parent in the same file
    sort_key    int         not null default 0,
    primary key (job_id, row_no)
);
create index import_row_pending_idx on import_row (job_id, sort_key, row_no) where status = 'GOOD';
create index import_row_dedupe_idx on import_row (job_id, dedupe_key);
