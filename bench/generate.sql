-- Grows a Pomegranate database; run by bench/generate.sh (psql variables residents, requests, years, seed:
-- totals to reach; part: which of its parts a session runs, see "the parts" below). Set-based throughout.
-- What it makes, and why it looks the way it does:
--   * the organisation tree: every existing grid is filled to about 400 households (1,200 residents),
--     more grids come in new communities (6 grids each) spread over the existing streets (new streets and
--     counties only when there are too few), codes of each level's form (统计用区划代码), one grid
--     worker per new grid and a head per new community (password of the demo's "grid" account);
--   * compounds, buildings (24 households each), households, residents (3 per household) with Han,
--     Tibetan, Mongol and Hui names drawn so that the common 2-character given names (卓玛, 才让, 措毛,
--     扎西, ...) each come back thousands of times, and their current residence (address);
--     the sealed columns (phone, ID number, ethnicity) stay empty: they are AES-GCM bound to their row
--     and can only be written by the application, and every one of them is nullable;
--   * requests over YEARS years, more in winter (heating, water) and in later years, from the residents,
--     at the unit responsible for the category, handled by that grid's worker: closed (rated or closed
--     unrated) or rejected when older than a month, open in the last weeks, the overdue ones escalated to
--     their county already (so the SLA clock does not start on them when the application starts);
--   * their timelines (about 6 entries each) with the hash chain the database keeps (computed here in one
--     pass instead of the per-row trigger), the creation audit entries (chained the same way),
--     notifications to the workers, and the evaluation's per-request facts and monthly rollups, with the
--     rules of evaluation.internal.RequestFact, so the figures agree with a rebuild.
-- The application must be stopped while this runs (it appends to the chains the application appends to).

\set QUIET on
set client_min_messages = warning;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set jit = off;
select setseed(:seed) \g /dev/null

-- Big inserts into indexed tables step the table's own machinery aside for the one insert and put it
-- back after, in the same transaction (if anything fails, the transaction takes it all back):
--   * its indexes other than the primary key and unique constraints (unique indexes included: built
--     again, they check uniqueness over every row): a sorted build instead of millions of random
--     index insertions;
--   * its statement triggers with transition tables (the kept head counts per unit): PostgreSQL keeps
--     every inserted row for them even when disabled, gigabytes at 10 M requests; generate.sh ends with
--     unit_counts_rebuild(), which recounts what they would have counted.
-- Row triggers and foreign keys step aside with session_replication_role (replica_safe below).
-- Works for whatever indexes and triggers the schema has (also those of later migrations).
create temp table g_dropped (tbl regclass, def text);
create function pg_temp.step_aside(t regclass, adding bigint) returns void language plpgsql as $$
declare r record;
begin
  for r in select tg.tgname, pg_get_triggerdef(tg.oid) as def from pg_trigger tg
           where tg.tgrelid = t and not tg.tgisinternal and (tg.tgnewtable is not null or tg.tgoldtable is not null)
             and tg.tgtype & 4 <> 0 loop  -- fires on INSERT
    insert into g_dropped values (t, r.def);
    execute format('drop trigger %I on %s', r.tgname, t);
  end loop;
  -- indexes only when the insert is large against what the table holds already
  if adding < (select greatest(reltuples, 0) / 4 from pg_class where oid = t) then
    return;
  end if;
  for r in select i.indexrelid::regclass as idx, pg_get_indexdef(i.indexrelid) as def from pg_index i
           where i.indrelid = t and not i.indisprimary
             and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid) loop
    insert into g_dropped values (t, r.def);
    execute 'drop index ' || r.idx;
  end loop;
end $$;
create function pg_temp.step_back(t regclass) returns void language plpgsql as $$
declare r record;
begin
  for r in select def from g_dropped where tbl = t loop
    execute r.def;
  end loop;
  delete from g_dropped where tbl = t;
end $$;

-- Triggers and foreign keys step aside for one insert (session only), after a check that the table
-- has no trigger on insert left other than the ones this script does the work of: a trigger a later
-- migration adds stops the run instead of being skipped in silence.
create function pg_temp.replica_safe(t regclass, known text[]) returns void language plpgsql as $$
declare unknown text;
begin
  select string_agg(tgname, ', ') into unknown from pg_trigger
  where tgrelid = t and not tgisinternal and tgtype & 4 <> 0 and tgname <> all (known);
  if unknown is not null then
    raise exception 'bench/generate.sql does not know the insert trigger(s) % of %: teach it what they do', unknown, t;
  end if;
  set local session_replication_role = replica;
end $$;

-- ---- timelines, with their hash chain -----------------------------------------------------------------
-- pg_temp: nothing of this stays in the schema. The chain of each request is the running hash of its
-- entries in order, exactly as the trigger service_request_event_chain computes it one row at a time.
-- The canonical texts and the hash are the schema's own functions (integrity_hash, integrity_epoch_us,
-- service_request_event_canonical, audit_entry_canonical). Called as they are, PostgreSQL cannot inline
-- them (they are declared immutable over stable built-ins), and a call of a SQL function per entry
-- costs several times the hash itself; so while their bodies are still those of V30 their expressions
-- are written out here (inlined, and the running hash is a PL/pgSQL step, four times cheaper than a SQL
-- one). A later migration that changes any of them makes the generator call them as they are.
select bool_and(regexp_replace(pg_get_functiondef(f::regprocedure), '\s+', ' ', 'g') like '%AS $function$ ' || body || ' $function$%')
         and count(*) = 4 as known_chain
from (values
  ('integrity_hash(text,text)', $$select encode(sha256(convert_to(coalesce(prev_hash, '') || '|' || canonical, 'UTF8')), 'hex')$$),
  ('integrity_epoch_us(timestamptz)', $$select floor(extract(epoch from t) * 1000000)::bigint$$),
  ('service_request_event_canonical(service_request_event)',
   $$select jsonb_build_array(e.request_id, integrity_epoch_us(e.occurred_at), e.actor_id, e.actor_name, e.actor_display, e.kind, e.unit_id, e.related_number, integrity_epoch_us(e.due_at), e.note)::text$$),
  ('audit_entry_canonical(audit_entry)',
   $$select jsonb_build_array(a.id, integrity_epoch_us(a.occurred_at), a.actor_id, a.actor_name, a.actor_display, a.actor_role, a.action, a.subject_type, a.subject_id, a.resident_id, a.detail, a.reason)::text$$)
) k(f, body) \gset
\if :known_chain
-- stable, as their bodies are: so they are inlined into the statements that use them
create function pg_temp.chain_hash(prev text, canonical text) returns text language sql stable
  as $$ select encode(sha256(convert_to(coalesce(prev, '') || '|' || canonical, 'UTF8')), 'hex') $$;
create function pg_temp.epoch_us(t timestamptz) returns bigint language sql stable
  as $$ select floor(extract(epoch from t) * 1000000)::bigint $$;
create function pg_temp.event_canonical(request_id uuid, occurred_at timestamptz, actor_id uuid, actor_name text,
  actor_display text, kind text, unit_id uuid, related_number text, due_at timestamptz, note text) returns text
  language sql stable as $$
  select jsonb_build_array(request_id, pg_temp.epoch_us(occurred_at), actor_id, actor_name, actor_display, kind, unit_id,
                           related_number, pg_temp.epoch_us(due_at), note)::text $$;
create function pg_temp.audit_canonical(id bigint, occurred_at timestamptz, actor_id uuid, actor_name text, actor_display text,
  actor_role text, action text, subject_type text, subject_id uuid, resident_id uuid, detail text) returns text
  language sql stable as $$
  select jsonb_build_array(id, pg_temp.epoch_us(occurred_at), actor_id, actor_name, actor_display, actor_role, action,
                           subject_type, subject_id, resident_id, detail, null::text)::text $$;
\else
\echo the integrity functions differ from V30: their canonical texts are computed through the functions themselves (slower)
create function pg_temp.chain_hash(prev text, canonical text) returns text language sql stable
  as $$ select integrity_hash(prev, canonical) $$;
-- a row of the table's own type (columns other migrations add stay null there, as they are in the
-- trigger's NEW at that point)
create function pg_temp.event_canonical(request_id uuid, occurred_at timestamptz, actor_id uuid, actor_name text,
  actor_display text, kind text, unit_id uuid, related_number text, due_at timestamptz, note text) returns text
  language sql stable as $$
  select service_request_event_canonical(jsonb_populate_record(null::service_request_event, jsonb_build_object(
    'request_id', request_id, 'occurred_at', occurred_at, 'actor_id', actor_id, 'actor_name', actor_name,
    'actor_display', actor_display, 'kind', kind, 'unit_id', unit_id, 'related_number', related_number,
    'due_at', due_at, 'note', note))) $$;
create function pg_temp.audit_canonical(id bigint, occurred_at timestamptz, actor_id uuid, actor_name text, actor_display text,
  actor_role text, action text, subject_type text, subject_id uuid, resident_id uuid, detail text) returns text
  language sql stable as $$
  select audit_entry_canonical(jsonb_populate_record(null::audit_entry, jsonb_build_object(
    'id', id, 'occurred_at', occurred_at, 'actor_id', actor_id, 'actor_name', actor_name, 'actor_display', actor_display,
    'actor_role', actor_role, 'action', action, 'subject_type', subject_type, 'subject_id', subject_id,
    'resident_id', resident_id, 'detail', detail))) $$;
\endif
-- The running hash of a chain as a window aggregate whose state is the pair (previous hash, hash): one
-- window gives an entry both its prev_hash and its hash. The step is PL/pgSQL: a SQL function as an
-- aggregate's step is called through the SQL executor for every row, four times the cost. A chain
-- that continues one already written starts from its last hash (the audit chains).
create function pg_temp.link_step(state text[], canonical text, start text) returns text[] language plpgsql immutable
  as $$ begin return array[coalesce(state[2], start), pg_temp.chain_hash(coalesce(state[2], start), canonical)]; end $$;
create aggregate pg_temp.link(text, text) (sfunc = pg_temp.link_step, stype = text[]);

-- ---- the parts: generate.sh runs "prepare" (the tree, the residents, what the drawing reads), then
-- "draw" in two sessions side by side (two cores; half the requests each), then "timelines" and
-- "requests" side by side: they write different tables from the same drawn requests, and each is
-- about half of the work.
select :'part' = 'prepare' as part_prepare, :'part' like 'draw-_' as part_draw, :'part' = 'prepare' or :'part' like 'draw-_' as part_prepare_or_draw,
       case when :'part' like 'draw-_' then right(:'part', 1)::int end as half,
       :'part' = 'timelines' as part_timelines, :'part' = 'requests' as part_requests \gset
\if :part_prepare
-- ---- how much to add ---------------------------------------------------------------------------------
select greatest(:residents - (select count(*) from resident), 0) as add_residents,
       greatest(:requests - (select count(*) from service_request), 0) as add_requests,
       :years as years \gset
select (:add_residents / 3)::bigint as add_households \gset

select id as prefecture_id from org_unit where level = 'PREFECTURE' and closed_at is null order by created_at limit 1 \gset
select coalesce((select password_hash from account where username = 'grid'),
                (select password_hash from account where role <> 'RESIDENT' order by created_at limit 1)) as pw_hash \gset

-- ---- the tree ----------------------------------------------------------------------------------------
-- existing grids filled up to 400 households each
create temp table g_fill as
select g.id as grid_id, greatest(400 - count(h.id), 0)::int as room
from org_unit g left join building b on b.grid_id = g.id left join household h on h.building_id = b.id
where g.level = 'GRID' and g.closed_at is null group by g.id;
select coalesce(sum(room), 0) as fill_room from g_fill \gset
select least(:fill_room, :add_households) as fill_households,
       ceil(greatest(:add_households - :fill_room, 0) / 400.0)::int as new_grids \gset
select ceil(:new_grids / 6.0)::int as new_communities \gset
select greatest(ceil(((select count(*) from org_unit where level = 'COMMUNITY') + :new_communities) / 12.0)::int
                - (select count(*) from org_unit where level = 'STREET'), 0) as new_streets \gset
select greatest(ceil(((select count(*) from org_unit where level = 'STREET') + :new_streets) / 10.0)::int
                - (select count(*) from org_unit where level = 'COUNTY'), 0) as new_counties \gset
\echo `date +%T` adding :add_residents residents (:fill_households households into existing grids, :new_grids new grids, :new_communities communities, :new_streets streets, :new_counties counties) and :add_requests requests

create temp table g_unit (id uuid primary key, parent_id uuid, code varchar(20), level varchar(20), path text,
                          name_zh text, name_en text, n int);

-- counties: the prefecture's first four digits and an unused pair
insert into g_unit (id, parent_id, code, level, n)
select gen_random_uuid(), :'prefecture_id', c.code, 'COUNTY', row_number() over (order by c.code)
from (select left(p.code, 4) || lpad(s::text, 2, '0') as code
      from org_unit p, generate_series(60, 99) s where p.id = :'prefecture_id') c
where not exists (select 1 from org_unit o where o.code = c.code)
order by c.code limit :new_counties;

-- streets, round-robin over every county (new ones first), numbered after the county's last street
with counties as (
  select u.id, u.code, row_number() over (order by (u.n is null), u.code) - 1 as k, count(*) over () as m
  from (select id, code, n from g_unit where level = 'COUNTY'
        union all select id, code, null from org_unit where level = 'COUNTY' and closed_at is null) u),
 wanted as (select s, (s - 1) % (select count(*) from counties) as k from generate_series(1, :new_streets) s),
 numbered as (select c.id, c.code, row_number() over (partition by c.id order by w.s) as j from wanted w join counties c using (k))
insert into g_unit (id, parent_id, code, level, n)
select gen_random_uuid(), n.id,
       n.code || lpad(((select coalesce(max(right(o.code, 3)::int), 0) from org_unit o where o.parent_id = n.id and o.code ~ '^\d{9}$') + 300 + n.j)::text, 3, '0'),
       'STREET', row_number() over ()
from numbered n;

-- communities, round-robin over every street (new ones first)
with streets as (
  select u.id, u.code, row_number() over (order by (u.n is null), u.code) - 1 as k
  from (select id, code, n from g_unit where level = 'STREET'
        union all select id, code, null from org_unit where level = 'STREET' and closed_at is null) u),
 wanted as (select s, (s - 1) % (select count(*) from streets) as k from generate_series(1, :new_communities) s),
 numbered as (select st.id, st.code, row_number() over (partition by st.id order by w.s) as j from wanted w join streets st using (k))
insert into g_unit (id, parent_id, code, level, n)
select gen_random_uuid(), n.id,
       n.code || lpad(((select coalesce(max(right(o.code, 3)::int), 0) from org_unit o where o.parent_id = n.id and o.code ~ '^\d{12}$') + 500 + n.j)::text, 3, '0'),
       'COMMUNITY', row_number() over ()
from numbered n;

-- six grids per new community: the community's code and two digits, as the demo numbers them
insert into g_unit (id, parent_id, code, level, n)
select gen_random_uuid(), c.id, c.code || lpad(g::text, 2, '0'), 'GRID', row_number() over (order by c.n, g)
from g_unit c, generate_series(1, 6) g where c.level = 'COMMUNITY'
order by c.n, g limit :new_grids;

-- names and paths, top down
update g_unit u set name_zh = case level when 'COUNTY' then '合成县' || n when 'STREET' then '合成街道' || n
                                       when 'COMMUNITY' then '合成社区' || n else '第' || right(code, 2) || '网格' end,
                    name_en = case level when 'COUNTY' then 'Synthetic county ' || n when 'STREET' then 'Synthetic street ' || n
                                       when 'COMMUNITY' then 'Synthetic community ' || n else 'Grid ' || right(code, 2)::int end;
update g_unit u set path = p.path || u.id || '/' from org_unit p where u.level = 'COUNTY' and p.id = u.parent_id;
update g_unit u set path = coalesce(p.path, q.path) || u.id || '/'
from g_unit u2 left join org_unit p on p.id = u2.parent_id left join g_unit q on q.id = u2.parent_id
where u.level = 'STREET' and u2.id = u.id;
update g_unit u set path = coalesce(p.path, q.path) || u.id || '/'
from g_unit u2 left join org_unit p on p.id = u2.parent_id left join g_unit q on q.id = u2.parent_id
where u.level = 'COMMUNITY' and u2.id = u.id;
update g_unit u set path = q.path || u.id || '/' from g_unit q where u.level = 'GRID' and q.id = u.parent_id;

insert into org_unit (id, parent_id, code, name_zh, name_en, level, path, created_at)
select id, parent_id, code, name_zh, name_en, level, path, now() - make_interval(days => :years * 365)
from g_unit order by case level when 'COUNTY' then 1 when 'STREET' then 2 when 'COMMUNITY' then 3 else 4 end;

-- a worker per new grid and a head per new community
insert into account (id, username, password_hash, display_name, role, org_unit_id, languages, created_at)
select gen_random_uuid(), case level when 'GRID' then 'w' else 'h' end || code, :'pw_hash',
       (array['王','李','张','马','韩','才让','扎西','巴图'])[1 + (n % 8)] || (array['静','强','华','卓玛','明','措毛','军','娜'])[1 + (n / 8 % 8)],
       case level when 'GRID' then 'GRID_WORKER' else 'COMMUNITY_HEAD' end, id, '{zh}', now() - make_interval(days => :years * 365)
from g_unit where level in ('GRID', 'COMMUNITY');

-- ---- households: fill the existing grids, then the new ones -------------------------------------------
-- every grid that receives households, with how many; grid numbers ordered so the fill comes first
create temp table g_grid as
with fill as (
  select grid_id, least(room, greatest(:fill_households - coalesce(sum(room) over (order by grid_id rows between unbounded preceding and 1 preceding), 0), 0))::int as households
  from g_fill)
select grid_id, households, row_number() over (order by o, grid_id) as gn,
       sum(households) over (order by o, grid_id) - households as first_household
from (select grid_id, households, 0 as o from fill where households > 0
      union all
      select id, least(400, :add_households - :fill_households - (n - 1) * 400)::int, 1 from g_unit where level = 'GRID') x
where households > 0;
alter table g_grid add primary key (gn);

-- one compound per grid and batch, one building per 24 households
create temp table g_compound as
select gn, gen_random_uuid() as id, p.community_id,
       (array['幸福','和谐','阳光','团结','昆仑','格桑','雪莲','柴达木','金色','祥和','吉祥','安康'])[1 + gn % 12]
         || (array['家园','小区','苑','花园','新村','佳苑'])[1 + gn / 12 % 6] || (gn % 97 + 1) as name,
       (array['格尔木市','德令哈市','茫崖市','乌兰县','都兰县','天峻县'])[1 + gn % 6]
         || (array['昆仑路','柴达木路','长江路','黄河路','巴音河路','乌兰路','格桑路','团结路','察汗路','雪莲路'])[1 + gn / 6 % 10]
         || (gn % 300 + 1) || '号' as address
from g_grid g join lateral (select case when o.level = 'GRID' then o.parent_id end as community_id
                            from org_unit o where o.id = g.grid_id) p on true;
insert into compound (id, community_id, name, address) select id, community_id, name, address from g_compound;

create temp table g_building as
select gen_random_uuid() as id, g.gn, b as bn, g.first_household + (b - 1) * 24 as first_household,
       least(24, g.households - (b - 1) * 24) as households
from g_grid g, generate_series(1, ceil(g.households / 24.0)::int) b;
insert into building (id, compound_id, grid_id, name)
select b.id, c.id, g.grid_id, (b.bn + 100) || '号楼' from g_building b join g_grid g using (gn) join g_compound c using (gn);

-- household number hn (0-based) of the whole run: building, unit and room from its place in the building
create temp table g_household as
select hn, gen_random_uuid() as id, b.id as building_id, b.gn, (hn - b.first_household) as k,
       c.name || ' ' || (b.bn + 100) || '号楼-' || (1 + (hn - b.first_household) / 8) || '-'
         || (1 + (hn - b.first_household) % 8 / 2) || '0' || (1 + (hn - b.first_household) % 2) as address
from g_building b join g_compound c using (gn), generate_series(b.first_household, b.first_household + b.households - 1) hn;
alter table g_household add primary key (hn);
begin;
select pg_temp.step_aside('household', :add_households) \g /dev/null
insert into household (id, building_id, unit_no, room, move_in_date, created_at, updated_at)
select id, building_id, (1 + k / 8)::text, (1 + k % 8 / 2) || '0' || (1 + k % 2),
       current_date - (random() * 365 * 20)::int, now() - make_interval(days => :years * 365), now() - make_interval(days => :years * 365)
from g_household;
select pg_temp.step_back('household') \g /dev/null
commit;

-- ---- residents ---------------------------------------------------------------------------------------
-- names: a people drawn per household, then given names from short lists, so the common ones repeat a lot
create temp table g_resident as
with p as (
  select rn, rn / 3 as hn, random() as people, random() as a, random() as b, random() as c, random() as d
  from generate_series(0, :add_households * 3 - 1) rn)
select rn, hn, gen_random_uuid() as id,
       case when people < 0.40 then -- Han: surname and one or two characters
              (array['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','罗','郑'])[1 + (a * 20)::int % 20]
              || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','建国','海燕','志强','桂英','晓东','文华'])[1 + (b * 24)::int % 24]
            when people < 0.75 then -- Tibetan: one or two of the common given names
              (array['卓玛','才让','措毛','扎西','拉毛','多杰','尼玛','德吉','才仁','央金','索南','仁青','旦增','格桑','次仁','加措','桑杰','拉姆','更登','求措'])[1 + (a * 20)::int % 20]
              || case when b < 0.55 then (array['卓玛','才让','措毛','扎西','拉毛','多杰','尼玛','德吉','东智','吉','本','加'])[1 + (c * 12)::int % 12] else '' end
            when people < 0.88 then -- Hui: the common surnames
              (array['马','韩','冶','沙','喇','马','白','丁'])[1 + (a * 8)::int % 8]
              || (array['文华','明','福海','玉兰','小花','建军','秀兰','永福','海军','麦燕','成','英'])[1 + (b * 12)::int % 12]
            else -- Mongol
              (array['巴图','其其格','乌兰','斯琴','那仁','额尔德尼','宝音','图雅','苏和','敖登','格日勒','朝鲁'])[1 + (a * 12)::int % 12]
              || case when b < 0.3 then (array['巴特尔','图','花','其木格'])[1 + (c * 4)::int % 4] else '' end
       end as name,
       case when d < 0.5 then 'FEMALE' else 'MALE' end as gender,
       case when people < 0.40 or people >= 0.75 and people < 0.88 then 'zh'
            when people < 0.75 then (array['bo','zh'])[1 + (c * 2)::int % 2] else (array['mn','zh'])[1 + (c * 2)::int % 2] end as language,
       date '1935-01-01' + (random() * 32000)::int as birth_date
from p;
alter table g_resident add primary key (rn);

begin;
select pg_temp.step_aside('resident', :add_households * 3) \g /dev/null
select pg_temp.replica_safe('resident', '{}') \g /dev/null
insert into resident (id, household_id, name, gender, birth_date, preferred_language, created_at, updated_at)
select r.id, h.id, r.name, r.gender, least(r.birth_date, current_date - 1), r.language,
       now() - make_interval(days => :years * 365), now() - make_interval(days => :years * 365)
from g_resident r join g_household h using (hn);
set session_replication_role = origin;
select pg_temp.step_back('resident') \g /dev/null
commit;
begin;
select pg_temp.step_aside('residence', :add_households * 3) \g /dev/null
select pg_temp.replica_safe('residence', '{}') \g /dev/null
insert into residence (id, resident_id, household_id, address, started_on)
select gen_random_uuid(), r.id, h.id, h.address, greatest(r.birth_date, current_date - :years * 365)
from g_resident r join g_household h using (hn);
set session_replication_role = origin;
select pg_temp.step_back('residence') \g /dev/null
commit;

\echo `date +%T` residents written

-- ---- requests ---------------------------------------------------------------------------------------
-- What the drawing reads, and the drawn requests, are unlogged tables in a schema of their own, so that
-- the sessions after this one read them (generate.sh drops the schema at the end).
drop schema if exists generate_staging cascade;
create schema generate_staging;
-- each request's resident: any active resident in any grid (the demo's and the new ones)
create unlogged table generate_staging.requester as
select row_number() over () - 1 as i, r.id as resident_id, r.household_id, r.preferred_language as language,
       res.address, b.grid_id
from resident r join household h on h.id = r.household_id join building b on b.id = h.building_id
join residence res on res.resident_id = r.id and res.ended_on is null
where r.status = 'ACTIVE';
alter table generate_staging.requester add primary key (i);
select count(*) as requesters from generate_staging.requester \gset

-- a grid's lineage, and the worker of each unit that has one
create unlogged table generate_staging.line as
select g.id as grid_id, g.path,
       (select array_agg(x::uuid order by o) from unnest(string_to_array(trim(both '/' from g.path), '/')) with ordinality t(x, o)) as lineage
from org_unit g where g.level = 'GRID';
alter table generate_staging.line add primary key (grid_id);
create unlogged table generate_staging.worker as
select distinct on (org_unit_id) org_unit_id as unit_id, id as account_id, username, display_name
from account where role in ('GRID_WORKER', 'COMMUNITY_STAFF', 'COMMUNITY_HEAD', 'STREET_OFFICER', 'COUNTY_OFFICER') and enabled
order by org_unit_id, case role when 'GRID_WORKER' then 0 when 'COMMUNITY_STAFF' then 1 else 2 end, username;
alter table generate_staging.worker add primary key (unit_id);

-- categories by share, with texts and extras the demo uses for them
create temp table g_category as
with shares(code, share) as (values ('UTILITIES', 30), ('HOUSING_REPAIR', 20), ('NEIGHBOURHOOD', 18), ('HEALTH', 8),
  ('EMPLOYMENT_HELP', 6), ('EMERGENCY', 3), ('INTERPRETATION', 2), ('ELDERLY_DAY_CARE', 3), ('SUBSISTENCE_ASSISTANCE', 4),
  ('NEWCOMER_SCHOOLING', 2), ('NEWCOMER_JOBS', 2), ('NEWCOMER_LEGAL_AID', 1), ('NEWCOMER_BUSINESS_LICENCE', 1)),
 c as (select sc.*, coalesce(s.share, 1) as share from service_category sc left join shares s using (code) where sc.active)
select c.id, c.code, c.tier, c.response_minutes, c.resolve_minutes, c.responsible_level,
       sum(c.share) over (order by c.code) - c.share as lo, sum(c.share) over (order by c.code) as hi,
       coalesce((select array_agg(distinct r.description) from service_request r where r.category_id = c.id), array['需要帮助']) as texts,
       coalesce((select r.extra from service_request r where r.category_id = c.id and r.extra <> '{}' limit 1), '{}') as extra
from c;
select max(hi) as share_total from g_category \gset
-- 1,000 slots per share point, so a random slot is one hash join away
create unlogged table generate_staging.category_slot as
select s as slot, c.* from g_category c, generate_series(c.lo * 1000, c.hi * 1000 - 1) s;
alter table generate_staging.category_slot add primary key (slot);

-- months over YEARS, weighted: heating and water trouble in winter, a smaller peak in July, growth of
-- about 12 % a year; 10,000 slots spread by weight
create temp table g_month as
select m, now() - make_interval(months => m + 1) as start, now() - make_interval(months => m) as finish,
       (1 + 0.45 * cos(2 * pi() * (extract(month from now() - make_interval(months => m, days => 15)) - 1) / 12)
          + 0.15 * cos(2 * pi() * (extract(month from now() - make_interval(months => m, days => 15)) - 7) / 12))
       * power(1.12, -m / 12.0) as weight
from generate_series(0, :years * 12 - 1) m;
-- (the months are the last YEARS * 12 month-long stretches up to now, so none of them lies in the future)
create unlogged table generate_staging.month_slot as
with w as (select m, start, finish, weight, sum(weight) over (order by m) as upto, sum(weight) over () as total from g_month)
select s as slot, w.m, w.start, w.finish from w, generate_series(round((w.upto - w.weight) / w.total * 10000)::int,
                                                        round(w.upto / w.total * 10000)::int - 1) s;
create unique index on generate_staging.month_slot (slot);

-- an empty table of the drawn requests' shape here; then two sessions draw half of them each
\set draw_into 'create unlogged table generate_staging.sr as'
select 1 as draw_from, 0 as draw_to \gset
\endif

\if :part_draw
\set draw_into 'insert into generate_staging.sr'
select setseed(:seed * (1 - 0.5 * :half)) \g /dev/null
select greatest(:requests - (select count(*) from service_request), 0) as add_requests \gset
select case when :half = 0 then 1 else :add_requests / 2 + 1 end as draw_from,
       case when :half = 0 then :add_requests / 2 else :add_requests end as draw_to \gset
select count(*) as requesters from generate_staging.requester \gset
select max(hi) as share_total from generate_staging.category_slot \gset
\endif
\if :part_prepare_or_draw
:draw_into
with base as (
  select n, (random() * (:requesters - 1))::bigint as who, (random() * (:share_total * 1000 - 1))::int as cslot,
         (random() * 9999)::int as mslot, random() as t, random() as u, random() as v, random() as w, random() as x,
         nextval('service_request_number_seq') as seq
  from generate_series(:draw_from, :draw_to) n),
 drawn as (
  select b.n, gen_random_uuid() as id, q.resident_id, q.household_id, q.language, q.address, q.grid_id,
         c.id as category_id, c.code as category_code, c.tier, c.response_minutes, c.resolve_minutes,
         c.texts[1 + (b.x * 1000)::int % cardinality(c.texts)] as description, c.extra,
         least(ms.start + b.t * (ms.finish - ms.start), now() - interval '5 minutes') as submitted_at,
         case c.responsible_level when 'GRID' then l.lineage[5] when 'COMMUNITY' then l.lineage[4]
                                  when 'STREET' then l.lineage[3] else l.lineage[2] end as unit_id,
         l.lineage, b.u, b.v, b.w, b.x, b.seq
  from base b join generate_staging.requester q on q.i = b.who join generate_staging.category_slot c on c.slot = b.cslot
  join generate_staging.month_slot ms on ms.slot = b.mslot join generate_staging.line l on l.grid_id = q.grid_id),
 timed as (
  -- first response: 90 % within the window; resolution: 85 % by the deadline
  select d.*, w.account_id as assignee_id, w.username as worker_name, w.display_name as worker_display,
         d.submitted_at + make_interval(mins => d.response_minutes) as response_due,
         d.submitted_at + make_interval(mins => d.resolve_minutes) as resolve_due,
         extract(epoch from now() - d.submitted_at) / 86400 as age_days,
         d.submitted_at + make_interval(mins => d.response_minutes) * (case when d.u < 0.9 then d.u / 0.9 * 0.95 else 1 + (d.u - 0.9) * 10 end) as responded_raw,
         d.submitted_at + make_interval(mins => d.resolve_minutes) * (case when d.v < 0.85 then 0.1 + d.v / 0.85 * 0.85 else 1 + (d.v - 0.85) * 4 end) as resolved_raw
  from drawn d left join generate_staging.worker w on w.unit_id = d.unit_id),
 fated as (
  -- closed (rated 70 %) or rejected when older than a month, else open with a chance that fades with age
  select t.*,
    case when t.age_days > 30 or t.w > exp(-t.age_days / 5) then case when t.x < 0.02 then 'REJECTED' else 'CLOSED' end
         when t.responded_raw > now() then 'SUBMITTED'
         when t.resolved_raw > now() then case when t.x < 0.5 then 'ACCEPTED' else 'IN_PROGRESS' end
         -- the application closes a resolution nobody rated after seven days
         when t.resolved_raw > now() - interval '6 days' then 'RESOLVED'
         else 'CLOSED' end as status,
    t.w < 0.7 as rated
  from timed t),
 kept as (
  -- a finished request was answered and resolved before now, and answered before it was resolved
  select f.*,
    least(f.responded_raw, case when f.status in ('CLOSED', 'REJECTED') then now() - interval '3 minutes' else f.responded_raw end,
          f.resolved_raw - interval '1 minute') as responded_at,
    case when f.status in ('CLOSED', 'REJECTED') then least(f.resolved_raw, now() - interval '2 minutes') else f.resolved_raw end as resolved_time
  from fated f)
select k.*,
  'HX-' || extract(year from k.submitted_at at time zone 'Asia/Shanghai') || '-' || lpad(k.seq::text, greatest(6, length(k.seq::text)), '0') as number,
  case when k.status = 'CLOSED' and k.rated then least(k.resolved_time + (k.x * 3) * interval '1 day', now() - interval '1 minute') end as rated_at,
  case when k.status = 'REJECTED' then k.responded_at
       when k.status = 'CLOSED' and k.rated then least(k.resolved_time + (k.x * 3) * interval '1 day', now() - interval '1 minute')
       when k.status = 'CLOSED' then least(k.resolved_time + interval '7 days', now() - interval '1 minute') end as closed_at,
  -- the overdue open ones have climbed to their county already: one step per level above their unit
  case when k.overdue and array_position(k.lineage, k.unit_id) > 2 then k.lineage[2] end as escalated_to,
  case when k.overdue and array_position(k.lineage, k.unit_id) > 2 then array_position(k.lineage, k.unit_id) - 2 else 0 end as steps,
  -- the rating's answers, drawn here so that the timelines and the evaluation
  -- take them from this table rather than from service_request
  case when k.status = 'CLOSED' and k.rated then (array['RESOLVED','RESOLVED','RESOLVED','RESOLVED','PARTLY_RESOLVED','NOT_RESOLVED'])[1 + (k.u * 6000)::int % 6] end as resolution_answer,
  case when k.status = 'CLOSED' and k.rated then (array['SATISFIED','SATISFIED','SATISFIED','BASICALLY_SATISFIED','BASICALLY_SATISFIED','UNSATISFIED'])[1 + (k.v * 6000)::int % 6] end as satisfaction_answer,
  case when k.status = 'CLOSED' and k.rated and k.x < 0.3 then (array['处理得很及时','谢谢网格员，来得很快','还可以','希望下次快一点'])[1 + (k.x * 4000)::int % 4] end as rating_comment
from (select kk.*, kk.status in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS')
        and (case when kk.status = 'SUBMITTED' then kk.response_due else kk.resolve_due end) < now() as overdue
      from kept kk) k;
\if :part_draw
\echo `date +%T` requests drawn (:draw_from to :draw_to)
\endif
\endif

\if :part_timelines
select count(*) as add_requests from generate_staging.sr \gset
-- Each request's entries are drawn, ordered, numbered and chained inside its own lateral subquery: small
-- sorts per request and one pass, instead of a temporary table of every entry and sorts over all of them.
-- The entries of a request lie together, in the order of the requests.
begin;
select pg_temp.step_aside('service_request_event', :add_requests * 6) \g /dev/null
select pg_temp.replica_safe('service_request_event', '{service_request_event_chain}') \g /dev/null
insert into service_request_event (request_id, occurred_at, actor_id, actor_name, actor_display, kind, unit_id,
  related_number, due_at, note, holder_unit_id, holder_worker_id, resolve_due, chain_seq, prev_hash, hash)
select r.id, c.at, c.actor_id, c.actor_name, c.actor_display, c.kind, c.unit_id, c.related_number, c.due_at, c.note,
       r.unit_id, r.assignee_id, r.resolve_due, c.chain_seq, c.prev_hash, c.hash
from generate_staging.sr r cross join lateral (
  select h.*, h.link[1] as prev_hash, h.link[2] as hash
  from (select e.*, row_number() over w as chain_seq,
               pg_temp.link(pg_temp.event_canonical(r.id, e.at, e.actor_id, e.actor_name, e.actor_display, e.kind, e.unit_id,
                                                    e.related_number, e.due_at, e.note), null) over w as link
        from (select * from (values
          (1, r.submitted_at, r.assignee_id, coalesce(r.worker_name, 'system'), r.worker_display, 'SUBMITTED', null::uuid, null::text, null::timestamptz, null::text),
          (2, r.submitted_at, null, 'system', null, 'ROUTED_HOUSEHOLD', r.unit_id, null, null, null),
          (3, r.submitted_at, null, 'system', null, case when r.assignee_id is not null then 'ASSIGNED' end, r.unit_id, null, null, r.worker_display),
          (4, r.responded_at, r.assignee_id, coalesce(r.worker_name, 'system'), r.worker_display,
              case when r.status = 'REJECTED' then 'REJECTED' when r.status <> 'SUBMITTED' then 'ACCEPTED' end, null, null, null,
              case when r.status = 'REJECTED' then '不属于社区受理范围，已告知向相关部门反映' end),
          (5, r.responded_at + (r.resolved_time - r.responded_at) / 4, r.assignee_id, coalesce(r.worker_name, 'system'), r.worker_display,
              case when r.status in ('IN_PROGRESS', 'RESOLVED', 'CLOSED') then 'STARTED' end, null, null, null, null),
          (6, r.resolved_time, r.assignee_id, coalesce(r.worker_name, 'system'), r.worker_display,
              case when r.status in ('RESOLVED', 'CLOSED') then 'RESOLVED' end, null, null, null, '已上门处理完毕'),
          -- a rating's answers go on its entry
          (7, r.closed_at, case when r.rated_at is not null then r.assignee_id end,
              case when r.rated_at is not null then coalesce(r.worker_name, 'system') else 'system' end,
              case when r.rated_at is not null then r.worker_display end,
              case when r.status = 'CLOSED' then case when r.rated_at is not null then 'RATED' else 'CLOSED_UNRATED' end end,
              null, r.resolution_answer || ' ' || r.satisfaction_answer, null, r.rating_comment)
          ) s(seq, at, actor_id, actor_name, actor_display, kind, unit_id, related_number, due_at, note)
          where s.kind is not null
          union all
          -- escalation steps of the overdue ones: community, street, county above a grid
          select 10 + k, coalesce(r.responded_at, r.response_due) + make_interval(mins => r.response_minutes * k), null, 'system', null,
                 'ESCALATED', r.lineage[array_position(r.lineage, r.unit_id) - k], null,
                 coalesce(r.responded_at, r.response_due) + make_interval(mins => r.response_minutes * k), null
          from generate_series(1, r.steps) k) e
        window w as (order by e.at, e.seq)) h) c;
set session_replication_role = origin;
select pg_temp.step_back('service_request_event') \g /dev/null
commit;
\echo `date +%T` timelines written
\endif

\if :part_requests
select count(*) as add_requests from generate_staging.sr \gset
select to_regclass('service_request_clock') is not null as has_clock_table \gset

begin;
select pg_temp.step_aside('service_request', :add_requests) \g /dev/null
select pg_temp.replica_safe('service_request', '{service_request_clock_inserted}') \g /dev/null
insert into service_request (id, number, category_id, description, extra, channel, resident_id, household_id, address,
  language, first_responsible_unit_id, unit_id, assignee_id, status, submitted_at, response_due, resolve_due,
  first_response_at, resolved_at, closed_at, escalated_to_unit_id, escalation_step, escalate_at, referral,
  resolution_answer, satisfaction_answer, rating_comment, rating_channel, rated_at, submitted_by, version,
  response_overdue_noted)
select id, number, category_id, description, extra,
       (array['PHONE','PHONE','WALK_IN','HOME_VISIT','HOTLINE_12345','PORTAL'])[1 + (x * 600)::int % 6], resident_id,
       household_id, address, language, unit_id, unit_id, assignee_id, status, submitted_at, response_due, resolve_due,
       case when status <> 'SUBMITTED' then responded_at end,
       case when status in ('RESOLVED', 'CLOSED') then resolved_time end,
       closed_at, escalated_to, steps,
       case when status = 'SUBMITTED' and not overdue then response_due
            when status in ('ACCEPTED', 'IN_PROGRESS') and not overdue then resolve_due end,
       case when status = 'REJECTED' then '不属于社区受理范围，已告知向相关部门反映' end,
       resolution_answer, satisfaction_answer, rating_comment,
       case when rated_at is not null then (array['PHONE','PHONE','PORTAL'])[1 + (w * 3000)::int % 3] end,
       rated_at, assignee_id, 1 + (status <> 'SUBMITTED')::int + (status in ('IN_PROGRESS', 'RESOLVED', 'CLOSED'))::int * 2,
       (responded_at > response_due and responded_at <= now()) or (status = 'SUBMITTED' and response_due < now())
from generate_staging.sr;
set session_replication_role = origin;
select pg_temp.step_back('service_request') \g /dev/null
-- what service_request_clock_inserted does row by row: the SLA clock finds the deadlines it waits for
-- in its own narrow table (V185)
\if :has_clock_table
insert into service_request_clock (request_id, escalate_at, response_due)
select r.id, r.escalate_at, case when r.first_response_at is null and not r.response_overdue_noted then r.response_due end
from generate_staging.sr g join service_request r on r.id = g.id
where g.status in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS')  -- only open requests have either deadline
  and (r.escalate_at is not null or (r.first_response_at is null and not r.response_overdue_noted));
\endif
commit;
\echo `date +%T` requests written

-- ---- audit entries: the creation of each request, on the 16 chains ----------------------------------
-- ids in the order of the submissions, chain by id as the application's writers spread over the 16
begin;
select pg_temp.step_aside('audit_entry', :add_requests) \g /dev/null
select pg_temp.replica_safe('audit_entry', '{audit_entry_chain}') \g /dev/null
insert into audit_entry (id, occurred_at, actor_id, actor_name, actor_display, actor_role, action, subject_type, subject_id,
  resident_id, detail, chain_id, chain_seq, prev_hash, hash)
with a as (
  select nextval('audit_entry_id_seq') as id, r.submitted_at as occurred_at, r.assignee_id as actor_id,
         coalesce(r.worker_name, 'system') as actor_name, r.worker_display as actor_display,
         case when r.assignee_id is not null then 'GRID_WORKER' end as actor_role,
         'CREATE' as action, 'SERVICE_REQUEST' as subject_type, r.id as subject_id, r.resident_id, r.number as detail
  from generate_staging.sr r order by r.submitted_at),
 placed as (
  select a.*, (a.id % 16)::smallint as chain_id, row_number() over (partition by a.id % 16 order by a.id) as k from a),
 hashed as (
  select p.*, h.seq + p.k as chain_seq,
         pg_temp.link(pg_temp.audit_canonical(p.id, p.occurred_at, p.actor_id, p.actor_name, p.actor_display,
           p.actor_role, p.action, p.subject_type, p.subject_id, p.resident_id, p.detail), h.hash)
           over (partition by p.chain_id order by p.k) as link
  from placed p join integrity_chain_head h on h.chain = 'audit-' || p.chain_id)
select id, occurred_at, actor_id, actor_name, actor_display, actor_role, action, subject_type, subject_id, resident_id,
       detail, chain_id, chain_seq, link[1], link[2]
from hashed;
set session_replication_role = origin;
select pg_temp.step_back('audit_entry') \g /dev/null
-- the heads move on to each chain's last entry
update integrity_chain_head h set seq = l.chain_seq, hash = l.hash
from generate_series(0, 15) c cross join lateral (
  select chain_seq, hash from audit_entry where chain_id = c order by chain_seq desc limit 1) l
where h.chain = 'audit-' || c and l.chain_seq > h.seq;
commit;
\echo `date +%T` audit written

-- ---- notifications: the worker hears of each assignment (read unless recent) ----------------------------
begin;
select pg_temp.step_aside('notification', :add_requests) \g /dev/null
select pg_temp.replica_safe('notification', '{}') \g /dev/null
insert into notification (account_id, kind, args, link, created_at, read_at)
select assignee_id, 'request.assigned', array[number], '/workbench/requests/' || id, submitted_at,
       case when age_days > 3 then submitted_at + interval '2 hours' end
from generate_staging.sr where assignee_id is not null order by submitted_at;
set session_replication_role = origin;
select pg_temp.step_back('notification') \g /dev/null
commit;
\echo `date +%T` notifications written

-- ---- evaluation: each request's facts and the monthly rollups, by evaluation.internal.RequestFact's rules --
-- the month of a moment in Asia/Shanghai; the holder is the request's unit and worker throughout. Checked:
-- on a grown database the administrator's rebuild (/admin/evaluation) leaves both tables exactly as they are.
create temp table g_fact as
select r.id as request_id, r.number, r.category_code, r.tier, r.unit_id, r.assignee_id, l.path,
  -- a response counts in the month of its deadline: on time when answered by then, late when noted overdue
  case when r.status <> 'SUBMITTED' and r.responded_at <= r.response_due then r.responded_at
       when (r.status <> 'SUBMITTED' and r.responded_at > r.response_due) or (r.status = 'SUBMITTED' and r.response_due < now()) then r.response_due end as response_at,
  r.status <> 'SUBMITTED' and r.responded_at <= r.response_due as response_on_time,
  case when r.status in ('RESOLVED', 'CLOSED') then r.resolved_time end as resolved_at,
  r.resolved_time <= r.resolve_due as resolved_on_time,
  r.rated_at, r.resolution_answer, r.satisfaction_answer, r.response_due, r.submitted_at, r.closed_at, r.status, r.steps,
  coalesce(r.responded_at, r.response_due) as escalated_from, r.response_minutes
from generate_staging.sr r join org_unit l on l.id = r.unit_id;

begin;
select pg_temp.step_aside('evaluation_request', :add_requests) \g /dev/null
select pg_temp.replica_safe('evaluation_request', '{}') \g /dev/null
insert into evaluation_request (request_id, number, category_code, tier,
  response_month, response_unit_id, response_path, response_worker_id, response_on_time, response_at,
  resolved_month, resolved_unit_id, resolved_path, resolved_worker_id, resolved_on_time, resolved_at,
  rated_month, rated_unit_id, rated_path, rated_worker_id, rated_at, resolution, satisfaction, final_satisfaction, final_at)
select request_id, number, category_code, tier,
  case when response_at is not null then date_trunc('month', response_due at time zone 'Asia/Shanghai')::date end, case when response_at is not null then unit_id end,
  case when response_at is not null then path end, case when response_at is not null then assignee_id end,
  case when response_at is not null then response_on_time end, response_at,
  date_trunc('month', resolved_at at time zone 'Asia/Shanghai')::date, case when resolved_at is not null then unit_id end,
  case when resolved_at is not null then path end, case when resolved_at is not null then assignee_id end,
  case when resolved_at is not null then resolved_on_time end, resolved_at,
  date_trunc('month', rated_at at time zone 'Asia/Shanghai')::date, case when rated_at is not null then unit_id end,
  case when rated_at is not null then path end, case when rated_at is not null then assignee_id end, rated_at,
  resolution_answer, satisfaction_answer, null, null
from g_fact where response_at is not null or resolved_at is not null or rated_at is not null
-- in the order of the primary key: the insertions sweep through its index once instead of at random
order by request_id;
set session_replication_role = origin;
select pg_temp.step_back('evaluation_request') \g /dev/null
commit;

-- the contributions per holder, month, category; then credited to the worker and to every unit of the line
create temp table g_contrib as
select f.unit_id, f.assignee_id, date_trunc('month', v.at at time zone 'Asia/Shanghai')::date as month, f.category_code, f.tier,
  sum(v.response_due) as response_due, sum(v.response_on_time) as response_on_time, sum(v.resolved) as resolved,
  sum(v.resolved_on_time) as resolved_on_time, sum(v.rated) as rated, sum(v.rated_resolved) as rated_resolved,
  sum(v.rated_partly) as rated_partly, sum(v.rated_satisfied) as rated_satisfied, sum(v.rated_basically) as rated_basically,
  sum(v.submitted) as submitted, sum(v.escalated) as escalated, sum(v.closed_unrated) as closed_unrated
-- one pass over the facts: each request's contributions side by side, each at its own moment
from g_fact f cross join lateral (
  select * from (values
    (case when f.response_at is not null then f.response_due end, 1, f.response_on_time::int, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    (f.resolved_at, 0, 0, 1, f.resolved_on_time::int, 0, 0, 0, 0, 0, 0, 0, 0),
    (f.rated_at, 0, 0, 0, 0, 1, (f.resolution_answer = 'RESOLVED')::int, (f.resolution_answer = 'PARTLY_RESOLVED')::int,
       (f.satisfaction_answer = 'SATISFIED')::int, (f.satisfaction_answer = 'BASICALLY_SATISFIED')::int, 0, 0, 0),
    (f.submitted_at, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0),
    (case when f.status = 'CLOSED' and f.rated_at is null then f.closed_at end, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)
  ) c(at, response_due, response_on_time, resolved, resolved_on_time, rated, rated_resolved, rated_partly, rated_satisfied,
      rated_basically, submitted, escalated, closed_unrated)
  where c.at is not null
  union all
  -- the escalation steps, at the times of their timeline entries
  select f.escalated_from + make_interval(mins => f.response_minutes * k), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
  from generate_series(1, f.steps) k) v
group by 1, 2, 3, 4, 5;

begin;
select count(*) as add_rollups from g_contrib \gset
select pg_temp.step_aside('evaluation_rollup', :add_rollups * 3) \g /dev/null
insert into evaluation_rollup as t (unit_id, worker_id, month, category_code, tier, response_due, response_on_time, resolved,
  resolved_on_time, rated, rated_resolved, rated_partly, rated_satisfied, rated_basically, final_satisfied, final_basically,
  submitted, escalated, closed_unrated)
select unit, worker, month, category_code, tier, sum(response_due), sum(response_on_time), sum(resolved), sum(resolved_on_time),
       sum(rated), sum(rated_resolved), sum(rated_partly), sum(rated_satisfied), sum(rated_basically),
       sum(rated_satisfied), sum(rated_basically), sum(submitted), sum(escalated), sum(closed_unrated)
from (select u.x::uuid as unit, '00000000-0000-0000-0000-000000000000'::uuid as worker, c.*
      from g_contrib c join org_unit o on o.id = c.unit_id, unnest(string_to_array(trim(both '/' from o.path), '/')) u(x)
      union all
      select c.unit_id, c.assignee_id, c.* from g_contrib c where c.assignee_id is not null) y
group by unit, worker, month, category_code, tier
order by unit, worker, month, category_code, tier
on conflict (unit_id, worker_id, month, category_code, tier) do update set
  response_due = t.response_due + excluded.response_due, response_on_time = t.response_on_time + excluded.response_on_time,
  resolved = t.resolved + excluded.resolved, resolved_on_time = t.resolved_on_time + excluded.resolved_on_time,
  rated = t.rated + excluded.rated, rated_resolved = t.rated_resolved + excluded.rated_resolved,
  rated_partly = t.rated_partly + excluded.rated_partly, rated_satisfied = t.rated_satisfied + excluded.rated_satisfied,
  rated_basically = t.rated_basically + excluded.rated_basically, final_satisfied = t.final_satisfied + excluded.final_satisfied,
  final_basically = t.final_basically + excluded.final_basically, submitted = t.submitted + excluded.submitted,
  escalated = t.escalated + excluded.escalated, closed_unrated = t.closed_unrated + excluded.closed_unrated;
select pg_temp.step_back('evaluation_rollup') \g /dev/null
commit;
\echo `date +%T` evaluation written

\endif
