\set level random(1, 5)
\set pick random(1, 6400)
-- the 12-month rates of one unit from the rollups, as EvaluationQueries.monthly reads them
select month, sum(response_due), sum(response_on_time), sum(resolved), sum(resolved_on_time), sum(rated),
       sum(rated_resolved), sum(rated_partly), sum(rated_satisfied), sum(rated_basically), sum(submitted)
from evaluation_rollup
where unit_id = (select id from bench_unit where level = (array['PREFECTURE','COUNTY','STREET','COMMUNITY','GRID'])[:level]
                 and n = 1 + (:pick - 1) % (array[1, 8, 80, 800, 6400])[:level])
  and worker_id = '00000000-0000-0000-0000-000000000000' and month between '2025-12-01' and '2026-11-01'
group by month order by month;
