-- Each timeline entry remembers who held the request just after the act (its unit and worker) and the
-- resolution deadline that applied, so the evaluation can be rebuilt from the timeline alone: a
-- transfer or a reopened deadline later does not rewrite who was answerable at that moment.
alter table service_request_event add column holder_unit_id uuid;
alter table service_request_event add column holder_worker_id uuid;
alter table service_request_event add column resolve_due timestamptz;

-- The response deadline passed without a first response, and the evaluation was told once.
alter table service_request add column response_overdue_noted boolean not null default false;
-- what the deadline sweep claims: requests still waiting for a first response, not yet noted
create index service_request_response_due_idx on service_request (response_due)
    where first_response_at is null and not response_overdue_noted;
-- what the closing sweep claims: resolved requests waiting for a rating
create index service_request_awaiting_rating_idx on service_request (resolved_at) where status = 'RESOLVED';
