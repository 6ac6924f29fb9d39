-- The SLA clock's deadlines in a narrow table of their own (issue 12, a bad day at scale).
--
-- The clock moves every overdue request's escalation time (and notes its missed response deadline).
-- While those columns were indexed on service_request, each such update wrote a new entry into all
-- fourteen indexes of the 2 M-row table (no HOT update possible): at scale 2,000 requests cost
-- 2.4 s of random index pages read and written. Now the two deadlines the clock looks for are kept
-- in service_request_clock, one small row per request that still has one, by triggers on
-- service_request, so every writer (intake, acts, closing, the clock, bulk loads) keeps it right
-- without knowing it, and service_request stays the one source of the values. The columns the
-- clock changes are then indexed nowhere on service_request, so its updates are HOT: the new row
-- version goes to the same page and no index is touched. The fill factor leaves room on new pages
-- for those versions.

create table service_request_clock (
    request_id uuid primary key references service_request (id),
    -- when the request climbs its next rung (null: at the top, or closed)
    escalate_at timestamptz,
    -- the response deadline while it is unanswered and its passing not yet noted
    response_due timestamptz
);
create index service_request_clock_escalate_idx on service_request_clock (escalate_at) where escalate_at is not null;
create index service_request_clock_response_idx on service_request_clock (response_due) where response_due is not null;

create function service_request_clock_sync() returns trigger language plpgsql as $$
declare
    respond_by timestamptz := case when new.first_response_at is null and not new.response_overdue_noted
                                   then new.response_due end;
begin
    if new.escalate_at is null and respond_by is null then
        delete from service_request_clock where request_id = new.id;
    else
        insert into service_request_clock (request_id, escalate_at, response_due)
        values (new.id, new.escalate_at, respond_by)
        on conflict (request_id) do update
            set escalate_at = excluded.escalate_at, response_due = excluded.response_due;
    end if;
    return null;
end $$;

create trigger service_request_clock_inserted after insert on service_request
    for each row when (new.escalate_at is not null or (new.first_response_at is null and not new.response_overdue_noted))
    execute function service_request_clock_sync();
create trigger service_request_clock_changed
    after update of escalate_at, response_due, first_response_at, response_overdue_noted on service_request
    for each row when (old.escalate_at is distinct from new.escalate_at or old.response_due is distinct from new.response_due
        or old.first_response_at is distinct from new.first_response_at
        or old.response_overdue_noted is distinct from new.response_overdue_noted)
    execute function service_request_clock_sync();

insert into service_request_clock (request_id, escalate_at, response_due)
select id, escalate_at, case when first_response_at is null and not response_overdue_noted then response_due end
from service_request
where escalate_at is not null or (first_response_at is null and not response_overdue_noted);

-- the clock finds its work in service_request_clock now; nothing else read these two
drop index service_request_escalate_idx;
drop index service_request_response_due_idx;

alter table service_request set (fillfactor = 90);
