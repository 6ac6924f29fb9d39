-- Sign-in attempts are counted before the password is checked, within a window that starts with the
-- first attempt: parallel guesses cannot outrun the count (see identity.internal.SignInAttempts).
alter table account add column attempts_since timestamptz;

-- API tokens replace passwords on the JSON API. Only the SHA-256 of a token is kept: the value is shown
-- once, when it is made. The prefix (the first characters of the value) tells tokens apart in a list.
create table api_token (
    id            uuid primary key,
    account_id    uuid         not null references account (id) on delete cascade,
    name          varchar(60)  not null,
    token_hash    char(64)     not null unique,
    prefix        varchar(16)  not null,
    scope         varchar(10)  not null check (scope in ('READ', 'ACT')),
    created_by    uuid         not null references account (id),
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    revoked_at    timestamptz,
    last_used_at  timestamptz
);
create index api_token_account_idx on api_token (account_id, created_at desc);

-- Sessions live in the database (Spring Session JDBC), so every instance sees them and ending the
-- sessions of an account (password reset, lock, disable, role change) ends them everywhere.
-- The schema is Spring Session's own for PostgreSQL.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
