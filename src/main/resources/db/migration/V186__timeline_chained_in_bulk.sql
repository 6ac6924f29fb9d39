-- Timeline entries chained a batch at a time (issue 12, a bad day at scale).
--
-- The chain trigger of V30 works per row: lock the request, find its last entry, hash. For the SLA
-- clock's thousands of entries per statement that was the largest part of the batch (a plpgsql call
-- with two queries per row). A writer that already holds its requests' locks (the clock claims them
-- for update) may now chain the entries itself in the statement; the database then checks, once per
-- statement and set-based, that every such entry continues its request's chain exactly as the row
-- trigger would have written it: the next place, the previous entry's hash, and its own hash over its
-- canonical content. A wrong or missing link aborts the insert. Writers that leave the chain empty
-- are chained by the row trigger as before, and the entries verify the same way either way.

-- The canonical content from the fields themselves, so that a statement can hash an entry before it
-- exists. It is the expression of service_request_event_canonical(row), which verify (and the bench
-- generator, by its text) uses and which stays as it is; the check below compares every inserted
-- entry against the row form, so the two cannot drift apart unnoticed.
create function service_request_event_canonical_of(request_id uuid, occurred_at timestamptz, actor_id uuid,
        actor_name text, actor_display text, kind text, unit_id uuid, related_number text, due_at timestamptz,
        note text) returns text language sql immutable as $$
    select jsonb_build_array(request_id, integrity_epoch_us(occurred_at), actor_id, actor_name, actor_display, kind,
        unit_id, related_number, integrity_epoch_us(due_at), note)::text
$$;

drop trigger service_request_event_chain on service_request_event;
create trigger service_request_event_chain before insert on service_request_event
    for each row when (new.hash is null) execute function service_request_event_chain();

-- Every inserted entry (the row trigger's too: a cheap second look) must link to the entry before it
-- in its chain. The unique (request_id, chain_seq) index already refuses two entries in one place.
create function service_request_event_chain_checked() returns trigger language plpgsql as $$
begin
    if exists (
        select 1 from new_rows n
        left join service_request_event p on p.request_id = n.request_id and p.chain_seq = n.chain_seq - 1
        where n.chain_seq < 1
           or (p.id is null) <> (n.chain_seq = 1)
           or n.prev_hash is distinct from p.hash
           or n.hash is distinct from integrity_hash(n.prev_hash, service_request_event_canonical(n))) then
        raise exception 'a timeline entry must continue its request''s hash chain';
    end if;
    return null;
end $$;
create trigger service_request_event_chain_checked after insert on service_request_event
    referencing new table as new_rows for each statement execute function service_request_event_chain_checked();

-- (request_id, chain_seq) is unique and serves every lookup of a request's timeline; a second index
-- on (request_id, id) held the same entries in the same order and cost a random page per entry.
drop index service_request_event_request_idx;
