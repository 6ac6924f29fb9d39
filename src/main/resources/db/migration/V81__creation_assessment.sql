-- Creation assessment (民族团结进步创建): an indicator system with weights summing to 100, yearly
-- cycles, each community's self-assessment with evidence, and the street's or county's review.

create table assessment_scheme (
    id             uuid primary key,
    -- the county or prefecture that keeps the indicators; they may change until a cycle uses them
    owner_unit_id  uuid         not null references org_unit (id),
    name_zh        varchar(200) not null,
    name_en        varchar(200),
    created_at     timestamptz  not null,
    version        int          not null default 0
);

create table assessment_indicator (
    id           uuid primary key,
    scheme_id    uuid          not null references assessment_scheme (id),
    position     int           not null,
    name_zh      varchar(200)  not null,
    name_en      varchar(200),
    -- points out of 100; the scheme's weights sum to exactly 100 (checked when saved)
    weight       int           not null check (weight between 1 and 100),
    -- the evidence the indicator needs, in words for the community
    evidence_zh  varchar(500)  not null,
    evidence_en  varchar(500),
    unique (scheme_id, position)
);

create table assessment_cycle (
    id             uuid primary key,
    scheme_id      uuid        not null references assessment_scheme (id),
    -- the communities below this unit take part
    owner_unit_id  uuid        not null references org_unit (id),
    year           int         not null check (year between 2000 and 2100),
    created_at     timestamptz not null,
    unique (owner_unit_id, year)
);

create table assessment (
    id             uuid primary key,
    cycle_id       uuid        not null references assessment_cycle (id),
    community_id   uuid        not null references org_unit (id),
    status         varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'REVIEWED')),
    submitted_at   timestamptz,
    submitted_by   uuid references account (id),
    reviewed_at    timestamptz,
    reviewed_by    uuid references account (id),
    review_unit_id uuid references org_unit (id),
    version        int         not null default 0,
    -- once a year per community: the cycle is the year
    unique (cycle_id, community_id)
);
create index assessment_community_idx on assessment (community_id);

create table assessment_entry (
    assessment_id   uuid          not null references assessment (id),
    indicator_id    uuid          not null references assessment_indicator (id),
    self_score      numeric(5, 1),
    self_note       varchar(1000),
    review_score    numeric(5, 1),
    review_comment  varchar(1000),
    primary key (assessment_id, indicator_id)
);

create table assessment_evidence (
    id              uuid primary key,
    assessment_id   uuid         not null references assessment (id),
    indicator_id    uuid         not null references assessment_indicator (id),
    kind            varchar(10)  not null check (kind in ('FILE', 'REQUEST')),
    file_name       varchar(200),
    content_type    varchar(100),
    size_bytes      int,
    content         bytea,
    request_number  varchar(24),
    added_at        timestamptz  not null,
    added_by        uuid         not null references account (id),
    constraint evidence_is_file_or_link check ((kind = 'FILE') = (content is not null)
                                               and (kind = 'REQUEST') = (request_number is not null))
);
create index assessment_evidence_idx on assessment_evidence (assessment_id, indicator_id);
