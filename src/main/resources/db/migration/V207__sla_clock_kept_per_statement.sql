-- The SLA clock's table kept once per statement instead of once per row (issue 12, a bad day at scale).
--
-- V185 kept service_request_clock with row triggers: a PL/pgSQL call and an upsert for every request
-- whose deadlines an update changed. One act changes one request and does not notice; the SLA clock
-- moves 2,000 requests per statement (their escalation, or their missed response noted), and the row
-- triggers cost 0.3-0.4 s of each such batch, as much as the update itself. Now one trigger per statement
-- sees all the rows it wrote (a transition table) and keeps their clock rows with two set-based
-- statements; what the table holds, and when, is unchanged (V185): one row per request that still has a
-- rung ahead or an unanswered, unnoted response deadline.
--
-- A statement trigger cannot be limited to some columns when it reads a transition table, so it runs
-- after every update of service_request; for updates that move no deadline it finds the clock rows as
-- they should be and writes nothing. The insert trigger keeps its name (bench/generate.sql knows it).

create function service_request_clock_sync_rows() returns trigger language plpgsql as $$
begin
    -- nothing left to wait for: the request leaves the clock
    delete from service_request_clock k
    using new_rows n
    where k.request_id = n.id and n.escalate_at is null
      and not (n.first_response_at is null and not n.response_overdue_noted);
    insert into service_request_clock (request_id, escalate_at, response_due)
    select n.id, n.escalate_at,
           case when n.first_response_at is null and not n.response_overdue_noted then n.response_due end
    from new_rows n
    where n.escalate_at is not null or (n.first_response_at is null and not n.response_overdue_noted)
    on conflict (request_id) do update
        set escalate_at = excluded.escalate_at, response_due = excluded.response_due
        where (service_request_clock.escalate_at, service_request_clock.response_due)
              is distinct from (excluded.escalate_at, excluded.response_due);
    return null;
end $$;

drop trigger service_request_clock_inserted on service_request;
drop trigger service_request_clock_changed on service_request;
drop function service_request_clock_sync();

create trigger service_request_clock_inserted after insert on service_request
    referencing new table as new_rows for each statement execute function service_request_clock_sync_rows();
create trigger service_request_clock_changed after update on service_request
    referencing new table as new_rows for each statement execute function service_request_clock_sync_rows();
