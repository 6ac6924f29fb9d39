-- One intake's work in the database, statement for statement as the application sends it (captured with
-- log_statement = all during POST /api/v1/service-requests as the demo's county officer), for pgbench:
--   pgbench -n -M prepared -c N -T S -f bench/intake-pgbench.sql -D account=… -D unit=… -D category=… \
--           -D tokenhash=… -D residents=…    (bench/intake.sh PGBENCH=1 sets these up and runs it)
-- Where the application passes a value it computed in Java, the script takes it from the statement
-- before (\gset); where a statement returns several rows the application reads in full, the script
-- folds them into one row (array_agg), so that pgbench can keep them. The residents come from the table
-- bench_intake_resident (n, id) that intake.sh fills with the residents the load driver uses. pgbench takes
-- ":name" for a variable even inside a string, so the colons of the rate-limit keys are written chr(58).

-- before the intake's transaction, each on its own as the application does: the sign-in window of the
-- caller's address, the API token with its account, the count of the account's calls this minute
\set n random(1, :residents)
\set k1 random(1, 2000000000)
\set k2 random(1, 2000000000)
select count from rate_limit_window where key = 'sign-in' || chr(58) || 'address' || chr(58) || '127.0.0.1' and window_start = date_trunc('hour', now());
select t.id as token_id, t.scope, t.last_used_at, a.id, a.username, a.display_name, a.role, a.org_unit_id, a.resident_id
from api_token t join account a on a.id = t.account_id
where t.token_hash = :tokenhash and t.revoked_at is null and t.expires_at > now() and a.enabled;
insert into rate_limit_window (key, window_start, window_end, count)
values ('api' || chr(58) || 'account' || chr(58) || 'pgbench', date_trunc('minute', now()), date_trunc('minute', now()) + interval '1 minute', 1)
on conflict (key, window_start) do update set count = rate_limit_window.count + 1
returning count;

-- the resident this client takes a call for (not an application statement: the driver knows its ids)
select id as resident from bench_intake_resident where n = :n \gset

BEGIN;
-- 0 cached plans for the intake's own transaction (TransactionPlans.cached()): its statements look rows up by key; a
-- no-op under pgbench's default setting, the application's choice under PGOPTIONS="-c plan_cache_mode=force_custom_plan"
set local plan_cache_mode = auto;
-- 1 the idempotency key
select id, number from service_request where idempotency_key = 'pgbench:' || :k1 || ':' || :k2;
-- 2 the category
select id, code, name_zh, name_en, name_bo, name_mn, tier, response_minutes, resolve_minutes,
       responsible_level, fields::text as fields, active
from service_category where id = :category;
-- 3 the caller's scope
select array_agg(u.id) as scope from org_unit u, org_unit root
where root.id = :unit and u.path like root.path || '%' \gset
-- 4 the resident, within that scope
select r.* from resident r join household h on h.id = r.household_id join building b on b.id = h.building_id
where r.id = :resident and b.grid_id = any(:scope);
-- 5 the resident's household, grid, address and language
select h.id as household, b.grid_id as grid, c.community_id, c.name || ' ' || b.name || '-' || h.unit_no || '-' || h.room as address,
       r.name as resident_name, r.preferred_language as language
from resident r join household h on h.id = r.household_id
join building b on b.id = h.building_id join compound c on c.id = b.compound_id
where r.id = :resident and r.status = 'ACTIVE' \gset
-- 6 the lineage of the grid
select array_agg(u.id order by length(u.path)) as lineage, max(u.path) as grid_path
from (select u.id, u.parent_id, u.code, u.name_zh, u.name_en, u.name_bo, u.name_mn, u.level, u.path, u.closed_at
      from org_unit u, org_unit self
      where self.id = :grid and self.path like u.path || '%'
      order by length(u.path)) u \gset
-- 7 the staff of the grid
select (array_agg(id))[1] as worker, coalesce(array_agg(id), '{}') as workers
from (select id, display_name, role, org_unit_id, languages from account
      where org_unit_id = :grid and role not in ('RESIDENT', 'SYSTEM_ADMIN') order by display_name) s \gset
-- 8 their open requests
select assignee_id, count(*) from service_request where assignee_id = any(:workers)
  and status in ('SUBMITTED','ACCEPTED','IN_PROGRESS','TRANSFERRED','REOPENED') group by assignee_id;
-- 9 the number
select nextval('service_request_number_seq') as seq \gset
-- 10 the request
insert into service_request (id, number, category_id, description, extra, channel, resident_id,
    contact_name, contact_phone_cipher, household_id, address, language, first_responsible_unit_id,
    unit_id, assignee_id, status, submitted_at, response_due, resolve_due, escalate_at, submitted_by,
    idempotency_key)
values (gen_random_uuid(), 'HX-' || extract(year from now()) || '-' || lpad(:seq::text, greatest(6, length(:seq::text)), '0'),
    :category, '楼道里的灯坏了，晚上看不见路（压力测试）', '{}'::jsonb, 'PHONE', :resident, :resident_name, null, :household,
    :address, :language, :grid, :grid, nullif(:worker, '')::uuid, 'SUBMITTED', now(), now() + interval '1 day', now() + interval '7 days',
    now() + interval '1 day', :account, 'pgbench:' || :k1 || ':' || :k2)
on conflict (idempotency_key) where idempotency_key is not null do nothing
returning id as request, number \gset
-- 11 the first timeline entries: submitted, routed, assigned
insert into service_request_event (request_id, occurred_at, actor_id, actor_name, actor_display, kind,
    unit_id, related_number, due_at, note, holder_unit_id, holder_worker_id, resolve_due)
select v.column1, v.column2, v.column3, v.column4, v.column5, v.column6, v.column7, v.column8, v.column9,
       v.column10, r.unit_id, r.assignee_id, r.resolve_due
from (values(:request::uuid, now(), :account::uuid, 'county', '王建平', 'SUBMITTED', null::uuid, null::varchar, null::timestamptz, null, 0),
            (:request::uuid, now(), null::uuid, 'system', null, 'ROUTED_HOUSEHOLD', :grid::uuid, null::varchar, null::timestamptz, null, 9),
            (:request::uuid, now(), null::uuid, 'system', null, case when :worker <> '' then 'ASSIGNED' else 'NOTED' end, :grid::uuid, null::varchar, null::timestamptz, :resident_name, 18)) v
join service_request r on r.id = :request order by v.column11 returning id;
-- 12 the event's row in the publication registry for the one listener that takes a submission (the
-- evaluation; the incentive points listener is only stored for the events a rule can book)
insert into event_publication (id, event_type, listener_id, publication_date, serialized_event, status, completion_attempts, last_resubmission_date)
values (gen_random_uuid(), 'org.pomegranate.servicedesk.RequestSubmitted',
        'org.pomegranate.evaluation.internal.EvaluationListener.on(org.pomegranate.servicedesk.ServiceRequestEvent)', now(),
        '{"eventId":"' || gen_random_uuid() || '","request":{"requestId":"' || :request || '","number":"' || :number || '","unitId":"' || :grid
          || '","unitPath":"' || :grid_path || '","workerId":"' || :worker || '","categoryCode":"NEIGHBOURHOOD","tier":"GENERAL"},"responseDue":"'
          || now() || '","resolveDue":"' || now() || '","at":"' || now() || '"}', 'PUBLISHED', 1, now())
returning id as pub_evaluation \gset
-- 13 the worker's notification
insert into notification (account_id, kind, args, link, created_at)
select a, 'request.assigned', array[:number], '/workbench/requests/' || :request, now() from unnest(:workers::uuid[]) a limit 1;
-- 14 the audit entry (its chain trigger takes a chain head)
insert into audit_entry (actor_id, actor_name, actor_display, actor_role, action, subject_type, subject_id,
  resident_id, detail, reason, purpose)
values (:account, 'county', '王建平', 'COUNTY_OFFICER', 'CREATE', 'SERVICE_REQUEST', :request, :resident, :number, null, null);
COMMIT;

-- after the commit, on the listener's thread: the evaluation marks its publication, adds the submission
-- to six rollup rows (the grid's line and its worker; the application sends them as one JDBC batch) and
-- completes it, each step its own transaction.
update event_publication set status = 'PROCESSING' where id = :pub_evaluation and status != 'PROCESSING';
BEGIN;
set local plan_cache_mode = auto;
insert into evaluation_applied_event (event_id, applied_at) values (gen_random_uuid(), now()) on conflict do nothing;
insert into evaluation_rollup as t (unit_id, worker_id, month, category_code, tier, submitted)
select u, w, date_trunc('month', now() at time zone 'Asia/Shanghai')::date, 'NEIGHBOURHOOD', 'GENERAL', 1
from (select unnest(:lineage::uuid[]) as u, '00000000-0000-0000-0000-000000000000'::uuid as w
      union all select :grid::uuid, nullif(:worker, '')::uuid where :worker <> '') x
order by u, w
on conflict (unit_id, worker_id, month, category_code, tier) do update set submitted = t.submitted + excluded.submitted;
COMMIT;
update event_publication set status = 'COMPLETED', completion_date = now() where id = :pub_evaluation;
