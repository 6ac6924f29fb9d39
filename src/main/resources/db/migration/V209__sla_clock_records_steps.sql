-- The SLA clock's timeline entries for a batch of steps, as one function (issue 12): the statement
-- EscalationBatch sent, unchanged, now in the database next to the chain check it must pass (V186),
-- so that the application and bench/clock-batch.sql run the same statement.
--
-- The steps come in the order taken (a request's steps one after the other). Each request's last entry
-- is read once and its steps hashed in order (the recursion runs as deep as the most steps of one
-- request); the caller holds every request's lock (the claim), so no other entry can come between.
-- The holder columns are read from the request row, as every writer of the timeline does.
create function sla_clock_record_steps(requests uuid[], units uuid[], dues timestamptz[], occurred timestamptz,
        actor text)
returns table (id bigint, request_id uuid, unit_id uuid)
language sql volatile
as $$
    with recursive step as (
        select t.request_id, t.unit_id, t.due_at, t.n,
               row_number() over (partition by t.request_id order by t.n) as k
        from unnest(requests, units, dues) with ordinality as t(request_id, unit_id, due_at, n)),
    chained as (
        select s.request_id, s.unit_id, s.due_at, s.n, s.k, coalesce(l.chain_seq, 0) + 1 as chain_seq,
               l.hash::text as prev_hash, integrity_hash(l.hash, service_request_event_canonical_of(s.request_id,
                   occurred, null, actor, null, 'ESCALATED', s.unit_id, null, s.due_at, null))::text as hash
        from step s
        left join lateral (select e.chain_seq, e.hash from service_request_event e
                           where e.request_id = s.request_id order by e.chain_seq desc limit 1) l on true
        where s.k = 1
        union all
        select s.request_id, s.unit_id, s.due_at, s.n, s.k, c.chain_seq + 1, c.hash,
               integrity_hash(c.hash, service_request_event_canonical_of(s.request_id, occurred, null,
                   actor, null, 'ESCALATED', s.unit_id, null, s.due_at, null))::text
        from chained c join step s on s.request_id = c.request_id and s.k = c.k + 1)
    insert into service_request_event (request_id, occurred_at, actor_name, kind, unit_id, due_at,
        holder_unit_id, holder_worker_id, resolve_due, chain_seq, prev_hash, hash)
    select c.request_id, occurred, actor, 'ESCALATED', c.unit_id, c.due_at,
           r.unit_id, r.assignee_id, r.resolve_due, c.chain_seq, c.prev_hash, c.hash
    from chained c
    join service_request r on r.id = c.request_id
    order by c.n
    returning service_request_event.id, service_request_event.request_id, service_request_event.unit_id
$$;
