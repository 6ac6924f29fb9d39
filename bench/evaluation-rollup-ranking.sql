\set level random(1, 4)
\set pick random(1, 6400)
-- the ranking one level down for one month from the rollups, as EvaluationQueries.ofUnits reads it
select unit_id, sum(response_due), sum(response_on_time), sum(resolved), sum(resolved_on_time), sum(rated),
       sum(rated_resolved), sum(rated_satisfied), sum(rated_basically)
from evaluation_rollup
where unit_id in (select c.id from bench_unit c join bench_unit p on c.parent = p.id
                  where p.level = (array['PREFECTURE','COUNTY','STREET','COMMUNITY'])[:level]
                    and p.n = 1 + (:pick - 1) % (array[1, 8, 80, 800])[:level])
  and worker_id = '00000000-0000-0000-0000-000000000000' and month = '2026-10-01'
group by unit_id;
