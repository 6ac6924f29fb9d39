-- One batch of the SLA clock's writes, each statement timed on its own, with nothing else running, in a
-- transaction that is rolled back (the database is left as it was). It shows what a step costs the
-- database at the least: no second instance, no listener, no other statement competing for the cores.
-- The claim and the timeline are the application's own functions (V206, V209); the ladder, notices, points
-- lines and applied marks are written as the application writes them (servicedesk/internal/EscalationBatch,
-- notifications/internal insertAll, incentive PointsRepository.appendAll, evaluation FactRepository.firstTimes),
-- with the batch's arrays made from the requests the claim locks: each climbs one rung, to its unit's parent.
--
--   psql -X -v batch=2000 -f bench/clock-batch.sql postgresql://postgres@127.0.0.1:<port>/<a copy of the data set>
--
-- Run it two or three times: the first run also pays for reading the pages into memory. Each run locks the
-- same first requests of the clock's order and rolls back, so the claim also pays for marking the previous
-- run's abandoned locks (hint bits): docs/scale-clock.md gives the claim's figure on settled rows.
\set ON_ERROR_STOP on
\if :{?batch}
\else
\set batch 2000
\endif
\o /dev/null
begin;
select clock_timestamp() as t0 \gset
create temp table claimed on commit drop as
select r.*, c.code, c.tier, u.path
from sla_clock_claim_escalations(now() + interval '100 years', :batch) r
join org_unit u on u.id = r.unit_id
join service_category c on c.id = r.category_id
order by r.escalate_at, r.id;
select round(extract(epoch from clock_timestamp() - :'t0') * 1000) as claim_ms, count(*) as n from claimed \gset
-- the batch's arrays: one step per request, to the parent of its unit (or its unit at the top), due now;
-- its staff told (here: one account of that unit, or of any unit when it has none); a points line for
-- the worker holding it, where there is one
select array_agg(c.id order by c.escalate_at, c.id) as ids,
       array_agg(coalesce(u.parent_id, u.id) order by c.escalate_at, c.id) as units,
       array_agg(now()::text order by c.escalate_at, c.id) as dues
from claimed c join org_unit u on u.id = c.unit_id \gset
select clock_timestamp() as t0 \gset
select id, request_id, unit_id from sla_clock_record_steps(:'ids'::uuid[], :'units'::uuid[], :'dues'::timestamptz[], now(), 'system');
select round(extract(epoch from clock_timestamp() - :'t0') * 1000) as timeline_ms \gset
select clock_timestamp() as t0 \gset
update service_request r
set escalated_to_unit_id = t.holder, escalation_step = t.steps, escalate_at = t.next::timestamptz
from unnest(:'ids'::uuid[], :'units'::uuid[], array(select escalation_step + 1 from claimed order by escalate_at, id)::int[],
            array(select (now() + interval '1 day')::text from claimed)::text[]) as t(id, holder, steps, next)
where r.id = t.id;
select round(extract(epoch from clock_timestamp() - :'t0') * 1000) as ladder_ms \gset
select array_agg(coalesce(a.id, (select id from account where org_unit_id is not null order by id limit 1)) order by n) as accounts,
       array_agg('{"' || c.number || '"}' order by n) as args, array_agg('/requests/' || c.id order by n) as links
from unnest(:'ids'::uuid[], :'units'::uuid[]) with ordinality as t(id, unit, n)
join claimed c on c.id = t.id
left join lateral (select id from account where org_unit_id = t.unit and role not in ('RESIDENT', 'SYSTEM_ADMIN') limit 1) a on true \gset
select clock_timestamp() as t0 \gset
insert into notification (account_id, kind, args, link, created_at)
select t.account, 'request.escalated', t.args::varchar[], t.link, now()
from unnest(:'accounts'::uuid[], :'args'::text[], :'links'::text[]) with ordinality as t(account, args, link, n)
order by t.n;
select round(extract(epoch from clock_timestamp() - :'t0') * 1000) as notices_ms \gset
select clock_timestamp() as t0 \gset
insert into points_ledger (id, event_id, rule, account_id, unit_id, unit_path, community_id, request_id,
                           request_number, points, month, at)
select gen_random_uuid(), gen_random_uuid(), 'ESCALATION', c.assignee_id, c.unit_id, c.path, null,
       c.id, c.number, -1, date_trunc('month', now())::date, now()
from claimed c where c.assignee_id is not null
order by c.escalate_at, c.id
on conflict (event_id, rule, account_id) do nothing;
select round(extract(epoch from clock_timestamp() - :'t0') * 1000) as points_ms,
       (select count(*) from claimed where assignee_id is not null) as lines \gset
select clock_timestamp() as t0 \gset
insert into evaluation_applied_event (event_id, applied_at)
select distinct e, now() from unnest(array(select gen_random_uuid() from claimed)) e order by e
on conflict do nothing returning event_id;
select round(extract(epoch from clock_timestamp() - :'t0') * 1000) as applied_ms \gset
rollback;
\o
\echo 'one batch of' :n 'requests, one step each, milliseconds: claim' :claim_ms ', timeline' :timeline_ms ', ladder' :ladder_ms ', notices' :notices_ms ', points (' :lines 'lines)' :points_ms ', events marked applied' :applied_ms
select round((:claim_ms + :timeline_ms + :ladder_ms + :notices_ms + :points_ms + :applied_ms)::numeric * 1000 / greatest(:n, 1)) as "database µs per step (these statements)";
