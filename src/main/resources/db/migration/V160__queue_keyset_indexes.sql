-- Lists of past requests (closed, resolved, rejected…) are shown newest first and paged by keyset on
-- (submitted_at, number): a page reads its twenty rows along one of these indexes instead of sorting
-- every matching request. The planner takes the first for a few units (a grid, a community) and the
-- second for a wide scope (a county, the prefecture), where most rows of the status are in scope.
create index service_request_unit_status_submitted_idx on service_request (unit_id, status, submitted_at, number);
create index service_request_status_submitted_idx on service_request (status, submitted_at, number);
