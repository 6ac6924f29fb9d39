-- After COPY: the raw table as the service desk keeps it (uuid unit and worker ids, indexes for a
-- unit's months), and the rollups computed from it in bulk (the same counts the listener keeps).
create table service_request as
select u.id as unit_id, w.id as assignee_id, r.category_code, r.tier, r.submitted_at, r.response_due,
       r.first_response_at, r.resolve_due, r.resolved_at, r.rated_at, r.resolution_answer, r.satisfaction_answer
from raw_request r join bench_unit u on u.level = 'GRID' and u.n = r.grid_n join bench_worker w on w.n = r.worker_n;
drop table raw_request;
create index on service_request (unit_id, response_due);
create index on service_request (unit_id, resolved_at);
create index on service_request (unit_id, rated_at);
analyze service_request;

-- one row per request and figure, at its month, for the grid and the worker; then summed up the tree
create temporary table leaf as
select unit_id, assignee_id, month, category_code, tier,
       sum(due)::int as response_due, sum(due_on_time)::int as response_on_time, sum(res)::int as resolved,
       sum(res_on_time)::int as resolved_on_time, sum(rated)::int as rated, sum(rr)::int as rated_resolved,
       sum(rp)::int as rated_partly, sum(rs)::int as rated_satisfied, sum(rb)::int as rated_basically,
       sum(sub)::int as submitted
from (
  select unit_id, assignee_id, date_trunc('month', response_due at time zone 'Asia/Shanghai')::date as month,
         category_code, tier, 1 as due, (first_response_at <= response_due)::int as due_on_time, 0 as res,
         0 as res_on_time, 0 as rated, 0 as rr, 0 as rp, 0 as rs, 0 as rb, 0 as sub from service_request
  union all
  select unit_id, assignee_id, date_trunc('month', resolved_at at time zone 'Asia/Shanghai')::date, category_code, tier,
         0, 0, 1, (resolved_at <= resolve_due)::int, 0, 0, 0, 0, 0, 0 from service_request
  union all
  select unit_id, assignee_id, date_trunc('month', rated_at at time zone 'Asia/Shanghai')::date, category_code, tier,
         0, 0, 0, 0, 1, (resolution_answer = 'RESOLVED')::int, (resolution_answer = 'PARTLY_RESOLVED')::int,
         (satisfaction_answer = 'SATISFIED')::int, (satisfaction_answer = 'BASICALLY_SATISFIED')::int, 0
  from service_request where rated_at is not null
  union all
  select unit_id, assignee_id, date_trunc('month', submitted_at at time zone 'Asia/Shanghai')::date, category_code,
         tier, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 from service_request
) f group by unit_id, assignee_id, month, category_code, tier;

insert into evaluation_rollup (unit_id, worker_id, month, category_code, tier, response_due, response_on_time,
    resolved, resolved_on_time, rated, rated_resolved, rated_partly, rated_satisfied, rated_basically,
    final_satisfied, final_basically, submitted)
select unit_id, assignee_id, month, category_code, tier, response_due, response_on_time, resolved, resolved_on_time,
       rated, rated_resolved, rated_partly, rated_satisfied, rated_basically, rated_satisfied, rated_basically, submitted
from leaf;
insert into evaluation_rollup (unit_id, worker_id, month, category_code, tier, response_due, response_on_time,
    resolved, resolved_on_time, rated, rated_resolved, rated_partly, rated_satisfied, rated_basically,
    final_satisfied, final_basically, submitted)
select a.id, '00000000-0000-0000-0000-000000000000', l.month, l.category_code, l.tier, sum(response_due),
       sum(response_on_time), sum(resolved), sum(resolved_on_time), sum(rated), sum(rated_resolved), sum(rated_partly),
       sum(rated_satisfied), sum(rated_basically), sum(rated_satisfied), sum(rated_basically), sum(submitted)
from leaf l join bench_unit g on g.id = l.unit_id join bench_unit a on g.path like a.path || '%'
group by a.id, l.month, l.category_code, l.tier;
analyze evaluation_rollup;
