-- The SLA clock's claims as functions whose plan cannot turn (issue 12, a bad day at scale).
--
-- A claim must walk the clock's deadline index in order, lock each request it meets (skipping those
-- another instance holds) and stop at the batch's size: the cost of a batch is then the batch. The
-- planner chooses that walk only while its statistics know how many deadlines have passed. On a bad day
-- a hundred thousand pass between two ANALYZEs; the planner still expected a few dozen and chose to read
-- every passed deadline, join each to its request and sort them all, for every batch — 2.6 s per batch
-- of 2,000 with 88,000 due, the work of the whole day growing with the square of its size. Inside these
-- functions sorts, bitmap and sequential scans are off, so the ordered walk is the only plan, whatever
-- the statistics say; the settings hold for the function's own statement only.
--
-- Each answers the request as locked: a request another instance moved after the caller's snapshot
-- comes back in its new version, so the caller can leave out what is no longer due.

create function sla_clock_claim_escalations(due_by timestamptz, batch integer)
returns table (id uuid, number varchar, category_id uuid, unit_id uuid, assignee_id uuid,
               escalated_to_unit_id uuid, escalation_step integer, escalate_at timestamptz, still_due boolean)
language sql volatile
set enable_sort = off set enable_bitmapscan = off set enable_seqscan = off
as $$
    select r.id, r.number, r.category_id, r.unit_id, r.assignee_id, r.escalated_to_unit_id, r.escalation_step,
           r.escalate_at, r.escalate_at <= due_by
    from service_request_clock k
    join service_request r on r.id = k.request_id
    where k.escalate_at <= due_by
    order by k.escalate_at
    limit batch
    for update of r skip locked
$$;

create function sla_clock_claim_response_overdue(due_by timestamptz, batch integer)
returns table (id uuid)
language sql volatile
set enable_sort = off set enable_bitmapscan = off set enable_seqscan = off
as $$
    select r.id
    from service_request_clock k
    join service_request r on r.id = k.request_id
    where k.response_due < due_by
    order by k.response_due
    limit batch
    for update of r skip locked
$$;
