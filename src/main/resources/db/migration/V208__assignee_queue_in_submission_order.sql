-- A staff member's own requests of one status ("mine", closed say) are shown newest first by submission,
-- like every queue of past requests. The assignee's index ended in resolve_due, so the planner walked the
-- whole status index backwards looking for the few requests of one account: 3.4 s per page for a county
-- officer at ten million requests. Ending it in the list's order lets the page stop after a page, and it
-- still serves what the old one did: the open load per worker (assignee_id, status) and a worker's own
-- open and overdue count (a handful of rows per account). One index replaces the other, so a write of a
-- request keeps the same number of indexes up to date.
create index service_request_assignee_status_submitted_idx on service_request (assignee_id, status, submitted_at, number)
    where assignee_id is not null;
drop index service_request_assignee_queue_idx;
