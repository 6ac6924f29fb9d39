-- One batch of the SLA clock's writes, each statement timed on its own, with nothing else running, in a
-- transaction that is rolled back (the database is left as it was). It shows what a step costs the
-- database at the least: no second instance, no listener, no other statement competing for the cores.
-- The statements are the application's own (servicedesk/internal/EscalationBatch: claim, timeline, ladder;
-- notifications/internal: insertAll; incentive PointsRepository.appendAll; evaluation FactRepository.firstTimes),
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
with recursive step as (
    select t.request_id, t.unit_id, t.due_at::timestamptz as due_at, t.n,
           row_number() over (partition by t.request_id order by t.n) as k
    from unnest(:'ids'::uuid[], :'units'::uuid[], :'dues'::text[]) with ordinality as t(request_id, unit_id, due_at, n)),
entry as (select now() as occurred_at, 'SYSTEM'::text as actor_name),
chained as (
    select s.request_id, s.unit_id, s.due_at, s.n, s.k, coalesce(l.chain_seq, 0) + 1 as chain_seq,
           l.hash::text as prev_hash, integrity_hash(l.hash, service_request_event_canonical_of(s.request_id,
               x.occurred_at, null, x.actor_name, null, 'ESCALATED', s.unit_id, null, s.due_at, null))::text as hash
    from step s cross join entry x
    left join lateral (select e.chain_seq, e.hash from service_request_event e
                       where e.request_id = s.request_id order by e.chain_seq desc limit 1) l on true
    where s.k = 1
    union all
    select s.request_id, s.unit_id, s.due_at, s.n, s.k, c.chain_seq + 1, c.hash,
           integrity_hash(c.hash, service_request_event_canonical_of(s.request_id, x.occurred_at, null,
               x.actor_name, null, 'ESCALATED', s.unit_id, null, s.due_at, null))::text
    from chained c join step s on s.request_id = c.request_id and s.k = c.k + 1 cross join entry x)
insert into service_request_event (request_id, occurred_at, actor_id, actor_name, kind, unit_id, due_at,
    holder_unit_id, holder_worker_id, resolve_due, chain_seq, prev_hash, hash)
select c.request_id, x.occurred_at, null, x.actor_name, 'ESCALATED', c.unit_id, c.due_at,
       r.unit_id, r.assignee_id, r.resolve_due, c.chain_seq, c.prev_hash, c.hash
from chained c cross join entry x
join service_request r on r.id = c.request_id
order by c.n
returning id, request_id, unit_id;
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
