-- Head counts kept per unit instead of counted on every view: buildings, households and active
-- residents (by the grid of their building), staff (by their account's unit) and open requests (by
-- the unit holding them). Each row counts the unit's OWN rows only; a unit page sums the rows of its
-- subtree at read time (at most ~10 k small rows for a prefecture), so moving a unit in the tree
-- changes no count at all, and no write ever touches an ancestor's row.
--
-- Every writer keeps the counts right because triggers do it: the application, imports, the demo
-- loader and the bench generator's set-based SQL alike. Writers only INSERT delta rows (a change of
-- +1 or -n); they never update a shared row, so concurrent intakes in one grid, a long import and
-- a registration in the same grid never wait for each other and cannot deadlock. The deltas of a
-- unit are folded into one row by unit_counts_compact(), which the application runs every minute;
-- until then a read sums a few more rows. unit_counts_rebuild() recounts everything from the base
-- tables (after a bulk load that switched triggers off, or to check): the kept sums must equal it.
create table unit_count (
    unit_id        uuid   not null,
    buildings      bigint not null default 0,
    households     bigint not null default 0,
    residents      bigint not null default 0,
    staff          bigint not null default 0,
    open_requests  bigint not null default 0
);
-- no primary key: several delta rows per unit until they are compacted
create index unit_count_unit_idx on unit_count (unit_id);

-- The one rule of which statuses are open, as RequestStatus.isOpen() says (UnitCountsTests checks
-- that the two agree). Immutable SQL, so it is inlined wherever it is used.
create function request_status_is_open(status text) returns boolean language sql immutable parallel safe as $$
    select status in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'TRANSFERRED', 'REOPENED')
$$;

-- Who counts as staff of a unit (as the unit page always counted: residents' and administrators'
-- accounts do not).
create function account_is_staff(role text, org_unit_id uuid) returns boolean language sql immutable parallel safe as $$
    select org_unit_id is not null and role not in ('RESIDENT', 'SYSTEM_ADMIN')
$$;

-- ---- buildings ------------------------------------------------------------------------------
-- Inserts and deletes are counted per statement from the transition table, so a set-based load of
-- thousands of rows adds one delta row per grid, not one per building.
create function unit_count_building_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into unit_count (unit_id, buildings) select grid_id, count(*) from new_rows group by grid_id;
    else
        insert into unit_count (unit_id, buildings) select grid_id, -count(*) from old_rows group by grid_id;
    end if;
    return null;
end $$;
create trigger building_counted_insert after insert on building
    referencing new table as new_rows for each statement execute function unit_count_building_rows();
create trigger building_counted_delete after delete on building
    referencing old table as old_rows for each statement execute function unit_count_building_rows();

-- A building moved to another grid takes its households and their active residents along. Updates
-- are counted per row and only when the grid changes (the WHEN is checked without calling the
-- function): renames and retirements cost nothing.
create function unit_count_building_moved() returns trigger language plpgsql as $$
declare
    h bigint;
    r bigint;
begin
    select count(distinct hh.id), count(x.id) filter (where x.status = 'ACTIVE') into h, r
    from household hh left join resident x on x.household_id = hh.id where hh.building_id = new.id;
    insert into unit_count (unit_id, buildings, households, residents)
    values (old.grid_id, -1, -h, -r), (new.grid_id, 1, h, r);
    return null;
end $$;
create trigger building_counted_move after update on building
    for each row when (old.grid_id is distinct from new.grid_id) execute function unit_count_building_moved();

-- ---- households -----------------------------------------------------------------------------
create function unit_count_household_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into unit_count (unit_id, households)
        select b.grid_id, count(*) from new_rows h join building b on b.id = h.building_id group by b.grid_id;
    else
        insert into unit_count (unit_id, households)
        select b.grid_id, -count(*) from old_rows h join building b on b.id = h.building_id group by b.grid_id;
    end if;
    return null;
end $$;
create trigger household_counted_insert after insert on household
    referencing new table as new_rows for each statement execute function unit_count_household_rows();
create trigger household_counted_delete after delete on household
    referencing old table as old_rows for each statement execute function unit_count_household_rows();

-- A household moving to another building takes its active residents along (to another grid or not).
create function unit_count_household_moved() returns trigger language plpgsql as $$
declare
    from_grid uuid := (select grid_id from building where id = old.building_id);
    to_grid uuid := (select grid_id from building where id = new.building_id);
    r bigint;
begin
    if from_grid is distinct from to_grid then
        select count(*) into r from resident where household_id = new.id and status = 'ACTIVE';
        insert into unit_count (unit_id, households, residents) values (from_grid, -1, -r), (to_grid, 1, r);
    end if;
    return null;
end $$;
create trigger household_counted_move after update on household
    for each row when (old.building_id is distinct from new.building_id) execute function unit_count_household_moved();

-- ---- residents ------------------------------------------------------------------------------
-- Active residents only: a resident who moved away or died leaves the count, and comes back if the
-- status is ever set back.
create function unit_count_resident_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into unit_count (unit_id, residents)
        select b.grid_id, count(*) from new_rows r join household h on h.id = r.household_id
        join building b on b.id = h.building_id where r.status = 'ACTIVE' group by b.grid_id;
    else
        insert into unit_count (unit_id, residents)
        select b.grid_id, -count(*) from old_rows r join household h on h.id = r.household_id
        join building b on b.id = h.building_id where r.status = 'ACTIVE' group by b.grid_id;
    end if;
    return null;
end $$;
create trigger resident_counted_insert after insert on resident
    referencing new table as new_rows for each statement execute function unit_count_resident_rows();
create trigger resident_counted_delete after delete on resident
    referencing old table as old_rows for each statement execute function unit_count_resident_rows();

-- Ended (moved away, died), set back to active, or moved to another household.
create function unit_count_resident_changed() returns trigger language plpgsql as $$
begin
    insert into unit_count (unit_id, residents)
    select b.grid_id, -1 from household h join building b on b.id = h.building_id
    where h.id = old.household_id and old.status = 'ACTIVE'
    union all
    select b.grid_id, 1 from household h join building b on b.id = h.building_id
    where h.id = new.household_id and new.status = 'ACTIVE';
    return null;
end $$;
create trigger resident_counted_change after update on resident
    for each row when (old.status is distinct from new.status or old.household_id is distinct from new.household_id)
    execute function unit_count_resident_changed();

-- ---- staff ----------------------------------------------------------------------------------
create function unit_count_account_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into unit_count (unit_id, staff)
        select org_unit_id, count(*) from new_rows where account_is_staff(role, org_unit_id) group by org_unit_id;
    else
        insert into unit_count (unit_id, staff)
        select org_unit_id, -count(*) from old_rows where account_is_staff(role, org_unit_id) group by org_unit_id;
    end if;
    return null;
end $$;
create trigger account_counted_insert after insert on account
    referencing new table as new_rows for each statement execute function unit_count_account_rows();
create trigger account_counted_delete after delete on account
    referencing old table as old_rows for each statement execute function unit_count_account_rows();

create function unit_count_account_changed() returns trigger language plpgsql as $$
begin
    insert into unit_count (unit_id, staff)
    select old.org_unit_id, -1 where account_is_staff(old.role, old.org_unit_id)
    union all
    select new.org_unit_id, 1 where account_is_staff(new.role, new.org_unit_id);
    return null;
end $$;
create trigger account_counted_change after update on account
    for each row when (old.role is distinct from new.role or old.org_unit_id is distinct from new.org_unit_id)
    execute function unit_count_account_changed();

-- ---- open requests --------------------------------------------------------------------------
-- Counted by the unit holding the request (unit_id), which a transfer changes; escalation only
-- marks the unit above (escalated_to_unit_id), which lies on the way up and so already sums the
-- request in. Intake is one row per statement: one delta row, no lock on anything shared.
create function unit_count_request_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into unit_count (unit_id, open_requests)
        select unit_id, count(*) from new_rows where request_status_is_open(status) group by unit_id;
    else
        insert into unit_count (unit_id, open_requests)
        select unit_id, -count(*) from old_rows where request_status_is_open(status) group by unit_id;
    end if;
    return null;
end $$;
create trigger service_request_counted_insert after insert on service_request
    referencing new table as new_rows for each statement execute function unit_count_request_rows();
create trigger service_request_counted_delete after delete on service_request
    referencing old table as old_rows for each statement execute function unit_count_request_rows();

-- Per row, and only when the request opens, closes or changes hands while open: the many updates
-- of the workflow and the SLA clock's escalations (open stays open, same unit) call nothing.
create function unit_count_request_changed() returns trigger language plpgsql as $$
begin
    insert into unit_count (unit_id, open_requests)
    select old.unit_id, -1 where request_status_is_open(old.status)
    union all
    select new.unit_id, 1 where request_status_is_open(new.status);
    return null;
end $$;
create trigger service_request_counted_change after update on service_request
    for each row when (request_status_is_open(old.status) is distinct from request_status_is_open(new.status)
        or (old.unit_id is distinct from new.unit_id and request_status_is_open(new.status)))
    execute function unit_count_request_changed();

-- ---- folding and rebuilding -------------------------------------------------------------------

-- Folds the delta rows of each unit that has more than one into a single row (dropped when all its
-- counts are zero); answers how many units were folded. Safe beside writers and a second instance
-- doing the same: a delta not yet committed is not seen and stays for the next time, and a row
-- deleted by another folder is skipped, so every delta is summed exactly once.
create function unit_counts_compact() returns integer language sql as $$
    with many as (
        select unit_id from unit_count group by unit_id having count(*) > 1
    ), gone as (
        delete from unit_count c using many m where c.unit_id = m.unit_id returning c.*
    ), summed as (
        select unit_id, sum(buildings) b, sum(households) h, sum(residents) r, sum(staff) s, sum(open_requests) o
        from gone group by unit_id
    ), kept as (
        insert into unit_count (unit_id, buildings, households, residents, staff, open_requests)
        select unit_id, b, h, r, s, o from summed where (b, h, r, s, o) <> (0, 0, 0, 0, 0)
    )
    select count(*)::int from summed
$$;

-- Recounts every unit from the base tables and replaces the kept counts with the result. The
-- exclusive lock waits for the transactions that have written deltas to end and holds new writers
-- back until the recount is committed (readers go on), so the recount and the deltas that follow it
-- fit together exactly. The bench generator calls it after its bulk loads; an operator may run it
-- any time (docs/operations.md).
create function unit_counts_rebuild() returns void language plpgsql as $$
begin
    lock table unit_count in exclusive mode;
    delete from unit_count;
    insert into unit_count (unit_id, buildings, households, residents, staff, open_requests)
    select unit_id, sum(b), sum(h), sum(r), sum(s), sum(o) from (
        select grid_id as unit_id, count(*) as b, 0 as h, 0 as r, 0 as s, 0 as o from building group by grid_id
        union all
        select b.grid_id, 0, count(*), 0, 0, 0 from household h join building b on b.id = h.building_id
        group by b.grid_id
        union all
        select b.grid_id, 0, 0, count(*), 0, 0 from resident x join household h on h.id = x.household_id
        join building b on b.id = h.building_id where x.status = 'ACTIVE' group by b.grid_id
        union all
        select org_unit_id, 0, 0, 0, count(*), 0 from account where account_is_staff(role, org_unit_id)
        group by org_unit_id
        union all
        select unit_id, 0, 0, 0, 0, count(*) from service_request
        where status in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'TRANSFERRED', 'REOPENED') group by unit_id
    ) counted group by unit_id;
end $$;

-- Overdue is a matter of the clock, not of a write, so it is not kept: it is counted among the open
-- requests only (a small share of all requests, however many years are stored), through this
-- partial index of the open ones by holding unit and the deadline that matters now. A unit's open
-- requests are one range of it; a whole prefecture's are the whole (small) index.
create index service_request_open_deadline_idx on service_request
    (unit_id, (case when first_response_at is null then response_due else resolve_due end))
    where status in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'TRANSFERRED', 'REOPENED');

-- Open mediation cases of a subtree, the same way: closed cases pile up, open ones stay few.
create index mediation_case_open_idx on mediation_case (unit_id) where status in ('OPEN', 'IN_PROGRESS');

-- The counts of the data already there.
select unit_counts_rebuild();
