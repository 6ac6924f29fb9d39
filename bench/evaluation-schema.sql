-- The benchmark's scratch schema: the org tree (prefecture → 8 counties → 10 streets → 10
-- communities → 8 grids, two workers a grid), the requests' columns the figures need, and the
-- evaluation's rollup table exactly as V71 makes it.
create extension if not exists pgcrypto;
create table bench_unit (n int, level text, id uuid primary key default gen_random_uuid(), parent uuid, path text);
create unique index on bench_unit (level, n);
insert into bench_unit (n, level, parent) values (1, 'PREFECTURE', null);
update bench_unit set path = '/' || id || '/';
insert into bench_unit (n, level, parent, path)
select c, 'COUNTY', p.id, null from bench_unit p, generate_series(1, 8) c where p.level = 'PREFECTURE';
insert into bench_unit (n, level, parent) select (c.n - 1) * 10 + s, 'STREET', c.id from bench_unit c, generate_series(1, 10) s where c.level = 'COUNTY';
insert into bench_unit (n, level, parent) select (c.n - 1) * 10 + s, 'COMMUNITY', c.id from bench_unit c, generate_series(1, 10) s where c.level = 'STREET';
insert into bench_unit (n, level, parent) select (c.n - 1) * 8 + s, 'GRID', c.id from bench_unit c, generate_series(1, 8) s where c.level = 'COMMUNITY';
update bench_unit u set path = p.path || u.id || '/' from bench_unit p where u.parent = p.id and u.level = 'COUNTY';
update bench_unit u set path = p.path || u.id || '/' from bench_unit p where u.parent = p.id and u.level = 'STREET';
update bench_unit u set path = p.path || u.id || '/' from bench_unit p where u.parent = p.id and u.level = 'COMMUNITY';
update bench_unit u set path = p.path || u.id || '/' from bench_unit p where u.parent = p.id and u.level = 'GRID';
create index on bench_unit (path text_pattern_ops);
create table bench_worker (n int primary key, id uuid not null default gen_random_uuid());
insert into bench_worker (n) select generate_series(1, (select count(*) * 2 from bench_unit where level = 'GRID'));

create table raw_request (grid_n int, worker_n int, category_code text, tier text, submitted_at timestamptz,
    response_due timestamptz, first_response_at timestamptz, resolve_due timestamptz, resolved_at timestamptz,
    rated_at timestamptz, resolution_answer text, satisfaction_answer text);

create table evaluation_rollup (
    unit_id uuid not null, worker_id uuid not null, month date not null, category_code varchar(40) not null,
    tier varchar(20) not null,
    response_due int not null default 0, response_on_time int not null default 0, resolved int not null default 0,
    resolved_on_time int not null default 0, rated int not null default 0, rated_resolved int not null default 0,
    rated_partly int not null default 0, rated_satisfied int not null default 0, rated_basically int not null default 0,
    final_satisfied int not null default 0, final_basically int not null default 0, submitted int not null default 0,
    escalated int not null default 0, transferred int not null default 0, reopened int not null default 0,
    closed_unrated int not null default 0, revisited int not null default 0,
    primary key (unit_id, worker_id, month, category_code, tier));
