-- Records nobody can quietly rewrite: request timelines (which carry the ratings) and the audit log
-- are hash chains. Each entry stores the hash of the previous entry of its chain and its own hash
-- over its canonical content; the database computes both on insert, so every writer (one row or
-- many in one statement) is chained the same way. The application's verify recomputes them.

-- The canonical content of an entry: a JSON array of its fields (times in microseconds since the
-- epoch, so the text does not depend on the session's time zone). The place in the chain is not part
-- of it: the link to the previous hash fixes the order, so an entry slipped in between shows as
-- such even when the ones after it are renumbered.
create function integrity_epoch_us(t timestamptz) returns bigint language sql immutable as $$
    select floor(extract(epoch from t) * 1000000)::bigint
$$;

create function integrity_hash(prev_hash text, canonical text) returns varchar(64) language sql immutable as $$
    select encode(sha256(convert_to(coalesce(prev_hash, '') || '|' || canonical, 'UTF8')), 'hex')
$$;

-- ---- request timelines: one chain per request ---------------------------------------------------

alter table service_request_event add column chain_seq int;
alter table service_request_event add column prev_hash varchar(64);
alter table service_request_event add column hash varchar(64);

create function service_request_event_canonical(e service_request_event) returns text language sql immutable as $$
    select jsonb_build_array(e.request_id, integrity_epoch_us(e.occurred_at), e.actor_id, e.actor_name,
        e.actor_display, e.kind, e.unit_id, e.related_number, integrity_epoch_us(e.due_at), e.note)::text
$$;

-- chain what is there already, in the order it was written
do $$
declare
    e service_request_event;
    last_request uuid;
    n int;
    prev varchar(64);
begin
    for e in select * from service_request_event order by request_id, id loop
        if last_request is distinct from e.request_id then
            last_request := e.request_id; n := 0; prev := null;
        end if;
        n := n + 1;
        e.chain_seq := n;
        e.prev_hash := prev;
        prev := integrity_hash(prev, service_request_event_canonical(e));
        update service_request_event set chain_seq = n, prev_hash = e.prev_hash, hash = prev where id = e.id;
    end loop;
end $$;

alter table service_request_event alter column chain_seq set not null;
alter table service_request_event alter column hash set not null;
create unique index service_request_event_chain_idx on service_request_event (request_id, chain_seq);
-- the daily anchors look up a day's entries
create index service_request_event_time_idx on service_request_event (occurred_at);

-- Appending is serialized per request: the request's row is the chain head. Acts lock it anyway
-- (select … for update), so this costs no extra waiting; intake inserts the row it locks.
create function service_request_event_chain() returns trigger language plpgsql as $$
declare
    last record;
begin
    perform 1 from service_request where id = new.request_id for update;
    select chain_seq, hash into last from service_request_event
        where request_id = new.request_id order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last.chain_seq, 0) + 1;
    new.prev_hash := last.hash;
    new.hash := integrity_hash(new.prev_hash, service_request_event_canonical(new));
    return new;
end $$;
create trigger service_request_event_chain before insert on service_request_event
    for each row execute function service_request_event_chain();

-- The timeline is append-only in the database too, whoever asks.
create function integrity_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger service_request_event_no_update_or_delete before update or delete on service_request_event
    for each row execute function integrity_append_only();
create trigger service_request_event_no_truncate before truncate on service_request_event
    for each statement execute function integrity_append_only();

-- ---- ratings: given once, by the resident or taken by staff on a call, never changed ----------------
-- The rating also lives on the chained timeline (the RATED entry); verify compares the two.
create function service_request_rating_is_final() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'service requests are never deleted';
    end if;
    if old.rated_at is not null and (new.resolution_answer, new.satisfaction_answer, new.rating_comment,
            new.rating_channel, new.rated_at) is distinct from (old.resolution_answer, old.satisfaction_answer,
            old.rating_comment, old.rating_channel, old.rated_at) then
        raise exception 'a rating is never changed';
    end if;
    return new;
end $$;
create trigger service_request_rating_is_final before update or delete on service_request
    for each row execute function service_request_rating_is_final();
create trigger service_request_no_truncate before truncate on service_request
    for each statement execute function integrity_append_only();

-- ---- the audit log: 16 chains, so that concurrent writers never wait for each other -----------------
-- One chain would serialize every audited act of the whole application until its commit. A writer
-- instead takes any chain head nobody holds (FOR UPDATE SKIP LOCKED) and keeps it for the rest of
-- its transaction, so it only ever waits when all 16 are busy.

create table integrity_chain_head (
    chain  varchar(20) primary key,
    seq    bigint      not null,
    hash   varchar(64)
);
insert into integrity_chain_head (chain, seq) select 'audit-' || n, 0 from generate_series(0, 15) n;

alter table audit_entry add column chain_id smallint;
alter table audit_entry add column chain_seq bigint;
alter table audit_entry add column prev_hash varchar(64);
alter table audit_entry add column hash varchar(64);

create function audit_entry_canonical(a audit_entry) returns text language sql immutable as $$
    select jsonb_build_array(a.id, integrity_epoch_us(a.occurred_at), a.actor_id, a.actor_name,
        a.actor_display, a.actor_role, a.action, a.subject_type, a.subject_id, a.resident_id, a.detail, a.reason)::text
$$;

-- chain what is there already into chain 0; the append-only trigger must step aside for this once
alter table audit_entry disable trigger audit_entry_no_update_or_delete;
do $$
declare
    a audit_entry;
    n bigint := 0;
    prev varchar(64);
begin
    for a in select * from audit_entry order by id loop
        n := n + 1;
        a.chain_id := 0;
        a.chain_seq := n;
        a.prev_hash := prev;
        prev := integrity_hash(prev, audit_entry_canonical(a));
        update audit_entry set chain_id = 0, chain_seq = n, prev_hash = a.prev_hash, hash = prev where id = a.id;
    end loop;
    update integrity_chain_head set seq = n, hash = prev where chain = 'audit-0' and prev is not null;
end $$;
alter table audit_entry enable trigger audit_entry_no_update_or_delete;

alter table audit_entry alter column chain_id set not null;
alter table audit_entry alter column chain_seq set not null;
alter table audit_entry alter column hash set not null;
create unique index audit_entry_chain_idx on audit_entry (chain_id, chain_seq);

create function audit_entry_chain() returns trigger language plpgsql as $$
declare
    held text := current_setting('pomegranate.audit_chain', true);
    head record;
begin
    if held is not null and held <> '' then
        select chain, seq, hash into head from integrity_chain_head where chain = held for update;
    else
        select chain, seq, hash into head from integrity_chain_head where chain like 'audit-%'
            order by random() limit 1 for update skip locked;
        if not found then
            select chain, seq, hash into head from integrity_chain_head
                where chain = 'audit-' || floor(random() * 16)::int for update;
        end if;
        -- for the rest of this transaction only
        perform set_config('pomegranate.audit_chain', head.chain, true);
    end if;
    new.chain_id := substr(head.chain, 7)::smallint;
    new.chain_seq := head.seq + 1;
    new.prev_hash := head.hash;
    new.hash := integrity_hash(new.prev_hash, audit_entry_canonical(new));
    update integrity_chain_head set seq = new.chain_seq, hash = new.hash where chain = head.chain;
    return new;
end $$;
create trigger audit_entry_chain before insert on audit_entry
    for each row execute function audit_entry_chain();

-- ---- daily anchors: the head of every chain that moved that day, sealed with a key the ---------------
-- database does not hold, so a chain rewritten inside the database no longer matches them.
create table integrity_anchor (
    chain       varchar(60)  not null,
    day         date         not null,
    seq         bigint       not null,
    hash        varchar(64)  not null,
    seal        varchar(80)  not null,
    created_at  timestamptz  not null default now(),
    primary key (chain, day)
);
-- one row per anchored day: the instance that inserts it does that day's anchors
create table integrity_anchor_day (
    day         date primary key,
    created_at  timestamptz not null default now()
);
