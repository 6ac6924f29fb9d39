-- Foundation: organisation tree, accounts, registry, audit log, event publication registry.

create table org_unit (
    id          uuid primary key,
    parent_id   uuid references org_unit (id),
    code        varchar(20)  not null unique,
    name_zh     varchar(100) not null,
    name_en     varchar(200) not null,
    level       varchar(20)  not null check (level in ('PREFECTURE', 'COUNTY', 'STREET', 'COMMUNITY', 'GRID')),
    -- materialised path of ids ('/root/child/.../self/') so a subtree is one indexed prefix scan
    path        text         not null,
    created_at  timestamptz  not null default now()
);
create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_path_idx on org_unit (path text_pattern_ops);

create table account (
    id                  uuid primary key,
    username            varchar(50)  not null unique,
    password_hash       varchar(100) not null,
    display_name        varchar(50)  not null,
    role                varchar(30)  not null,
    org_unit_id         uuid references org_unit (id),
    resident_id         uuid,
    languages           varchar(10)[] not null default '{}',
    failed_attempts     int          not null default 0,
    locked_until        timestamptz,
    enabled             boolean      not null default true,
    created_at          timestamptz  not null default now(),
    constraint staff_have_a_unit check (role in ('RESIDENT', 'SYSTEM_ADMIN') or org_unit_id is not null),
    constraint residents_have_a_record check (role <> 'RESIDENT' or resident_id is not null)
);
create index account_unit_idx on account (org_unit_id);

create table compound (
    id            uuid primary key,
    community_id  uuid         not null references org_unit (id),
    name          varchar(100) not null,
    address       varchar(200) not null
);
create index compound_community_idx on compound (community_id);

create table building (
    id           uuid primary key,
    compound_id  uuid        not null references compound (id),
    grid_id      uuid        not null references org_unit (id),
    name         varchar(50) not null
);
create index building_compound_idx on building (compound_id);
create index building_grid_idx on building (grid_id);

create table household (
    id                    uuid primary key,
    building_id           uuid        not null references building (id),
    unit_no               varchar(10) not null,
    room                  varchar(20) not null,
    resettled             boolean     not null default false,
    resettlement_project  varchar(100),
    move_in_date          date,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               int         not null default 0,
    constraint resettlement_has_project check (not resettled or resettlement_project is not null)
);
create index household_building_idx on household (building_id);

-- Every time a household relocates the old address stays on record.
create table household_move (
    id               uuid primary key,
    household_id     uuid        not null references household (id),
    from_building_id uuid        not null references building (id),
    from_unit_no     varchar(10) not null,
    from_room        varchar(20) not null,
    moved_at         timestamptz not null default now(),
    moved_by         varchar(50) not null
);
create index household_move_household_idx on household_move (household_id);

create table resident (
    id                  uuid primary key,
    household_id        uuid         not null references household (id),
    name                varchar(50)  not null,
    gender              varchar(10)  not null check (gender in ('FEMALE', 'MALE')),
    birth_date          date         not null,
    -- sensitive fields: AES-GCM ciphertext (base64) plus keyed hashes for search; never plaintext
    phone_cipher        text,
    phone_suffix_hash   varchar(64),
    id_number_cipher    text,
    id_number_hash      varchar(64),
    ethnicity_cipher    text,
    preferred_language  varchar(10)  not null default 'zh',
    support_needs       varchar(30)[] not null default '{}',
    newcomer            boolean      not null default false,
    newcomer_needs      varchar(30)[] not null default '{}',
    status              varchar(20)  not null default 'ACTIVE' check (status in ('ACTIVE', 'MOVED_AWAY', 'DECEASED')),
    ended_on            date,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             int          not null default 0
);
create index resident_household_idx on resident (household_id);
create index resident_phone_suffix_idx on resident (phone_suffix_hash);
create unique index resident_id_number_idx on resident (id_number_hash) where id_number_hash is not null;

-- A resident's stays in households; ending or moving closes a row instead of deleting anything.
create table residence (
    id            uuid primary key,
    resident_id   uuid        not null references resident (id),
    household_id  uuid        not null references household (id),
    -- the address as it was during this stay: a household that moves later does not rewrite it
    address       varchar(200) not null,
    started_on    date        not null,
    ended_on      date,
    end_reason    varchar(20) check (end_reason in ('MOVED_AWAY', 'DECEASED', 'MOVED_WITHIN', 'HOUSEHOLD_MOVED'))
);
create index residence_resident_idx on residence (resident_id);
-- a resident lives in one place at a time
create unique index residence_one_current_idx on residence (resident_id) where ended_on is null;

alter table account add constraint account_resident_fk foreign key (resident_id) references resident (id);

-- Append-only: the application has no update or delete path for this table.
create table audit_entry (
    id           bigserial primary key,
    occurred_at  timestamptz  not null default now(),
    actor_id     uuid,
    actor_name   varchar(50)  not null,
    actor_display varchar(50),
    actor_role   varchar(30),
    action       varchar(30)  not null,
    subject_type varchar(30)  not null,
    subject_id   uuid,
    resident_id  uuid,
    detail       varchar(500),
    reason       varchar(500)
);
create index audit_entry_resident_idx on audit_entry (resident_id, occurred_at desc);
create index audit_entry_time_idx on audit_entry (occurred_at desc);
create index audit_entry_actor_idx on audit_entry (actor_name);

-- The code has no update or delete path; the database refuses one too, whoever asks.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

create table event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
