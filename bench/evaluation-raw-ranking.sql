\set level random(1, 4)
\set pick random(1, 6400)
-- the same ranking from the raw requests: each child's subtree, one month
with parent as (select id from bench_unit where level = (array['PREFECTURE','COUNTY','STREET','COMMUNITY'])[:level]
                and n = 1 + (:pick - 1) % (array[1, 8, 80, 800])[:level]),
kids as (select c.id, c.path from bench_unit c join parent p on c.parent = p.id),
grid_of as (select k.id as kid, g.id as grid from kids k join bench_unit g on g.level = 'GRID' and g.path like k.path || '%')
select kid, sum(due), sum(due_on_time), sum(rated), sum(rr) from (
  select go.kid, 1 due, (r.first_response_at <= r.response_due)::int due_on_time, 0 rated, 0 rr
  from grid_of go join service_request r on r.unit_id = go.grid
  where r.response_due >= '2026-09-30 16:00+00' and r.response_due < '2026-10-31 16:00+00'
  union all
  select go.kid, 0, 0, 1, (r.resolution_answer = 'RESOLVED')::int
  from grid_of go join service_request r on r.unit_id = go.grid
  where r.rated_at >= '2026-09-30 16:00+00' and r.rated_at < '2026-10-31 16:00+00'
) f group by kid;
