\set level random(1, 5)
\set pick random(1, 6400)
-- the same 12 months computed from the raw requests of the unit's subtree
with unit as (select path from bench_unit where level = (array['PREFECTURE','COUNTY','STREET','COMMUNITY','GRID'])[:level]
              and n = 1 + (:pick - 1) % (array[1, 8, 80, 800, 6400])[:level]),
grids as (select g.id from bench_unit g, unit where g.level = 'GRID' and g.path like unit.path || '%')
select m, sum(due), sum(due_on_time), sum(res), sum(res_on_time), sum(rated), sum(rr) from (
  select date_trunc('month', response_due at time zone 'Asia/Shanghai') m, 1 due, (first_response_at <= response_due)::int due_on_time,
         0 res, 0 res_on_time, 0 rated, 0 rr
  from service_request where unit_id in (select id from grids) and response_due >= '2025-11-30 16:00+00' and response_due < '2026-11-30 16:00+00'
  union all
  select date_trunc('month', resolved_at at time zone 'Asia/Shanghai'), 0, 0, 1, (resolved_at <= resolve_due)::int, 0, 0
  from service_request where unit_id in (select id from grids) and resolved_at >= '2025-11-30 16:00+00' and resolved_at < '2026-11-30 16:00+00'
  union all
  select date_trunc('month', rated_at at time zone 'Asia/Shanghai'), 0, 0, 0, 0, 1, (resolution_answer = 'RESOLVED')::int
  from service_request where unit_id in (select id from grids) and rated_at >= '2025-11-30 16:00+00' and rated_at < '2026-11-30 16:00+00'
) f group by m order by m;
