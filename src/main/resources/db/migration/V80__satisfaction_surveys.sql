-- Satisfaction surveys (满意调查评估): questionnaires staff publish to communities, answered once per
-- resident without the answer being traceable to her.

create table survey (
    id              uuid primary key,
    -- the unit of the staff member who made it: the survey is seen and edited within that unit's scope
    owner_unit_id   uuid         not null references org_unit (id),
    title_zh        varchar(200) not null,
    title_en        varchar(200),
    title_bo        varchar(400),
    title_mn        varchar(400),
    opens_on        date         not null,
    closes_on       date         not null,
    status          varchar(20)  not null check (status in ('DRAFT', 'PUBLISHED')),
    created_by      uuid         not null references account (id),
    created_at      timestamptz  not null,
    published_at    timestamptz,
    version         int          not null default 0,
    constraint survey_period check (closes_on >= opens_on)
);
create index survey_owner_idx on survey (owner_unit_id, created_at desc);

create table survey_question (
    id          uuid primary key,
    survey_id   uuid         not null references survey (id),
    position    int          not null,
    kind        varchar(20)  not null check (kind in ('SINGLE', 'MULTIPLE', 'SCALE', 'TEXT')),
    required    boolean      not null,
    text_zh     varchar(300) not null,
    text_en     varchar(300),
    text_bo     varchar(600),
    text_mn     varchar(600),
    -- choices of SINGLE and MULTIPLE in order: [{code, zh, en, bo, mn}]; empty for SCALE and TEXT
    options     jsonb        not null default '[]',
    unique (survey_id, position)
);

create table survey_community (
    survey_id     uuid not null references survey (id),
    community_id  uuid not null references org_unit (id),
    primary key (survey_id, community_id)
);
create index survey_community_idx on survey_community (community_id);

-- Who has answered: the one-answer rule lives in this primary key. Deliberately no time and no link
-- to the answer.
create table survey_participation (
    survey_id    uuid not null references survey (id),
    resident_id  uuid not null references resident (id),
    primary key (survey_id, resident_id)
);

-- What was answered: no resident, a random id (no sequence to line up with the participation), and
-- only the day, so that neither order nor time re-links an answer to a participant.
create table survey_response (
    id            uuid primary key,
    survey_id     uuid not null references survey (id),
    community_id  uuid not null references org_unit (id),
    answered_on   date not null
);
create index survey_response_survey_idx on survey_response (survey_id, community_id);

create table survey_answer (
    response_id  uuid         not null references survey_response (id),
    question_id  uuid         not null references survey_question (id),
    -- one row per chosen option (MULTIPLE may have several), the scale value, or the free text
    choice       varchar(20),
    scale        smallint check (scale between 1 and 5),
    text         varchar(1000),
    constraint one_kind_of_value check (num_nonnulls(choice, scale, text) = 1)
);
create index survey_answer_question_idx on survey_answer (question_id);
