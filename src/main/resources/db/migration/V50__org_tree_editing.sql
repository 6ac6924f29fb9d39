-- The organisation tree becomes editable: names in four languages, optional statistical codes
-- (grids and many communities have none), closing instead of deleting, and the tree's own history.

alter table org_unit alter column code drop not null;
alter table org_unit alter column name_en drop not null;
alter table org_unit add column name_bo varchar(200);
alter table org_unit add column name_mn varchar(200);
-- a closed unit keeps its row (accounts, requests and history point at it) but takes nothing new
alter table org_unit add column closed_at timestamptz;

-- What happened to a unit, shown on its history page. A table of the tree's own rather than the
-- audit log: the audit log is the record of personal data that residents read on "my data", while
-- this is organisational history that county officers (who cannot search the audit log) read too.
create table org_unit_history (
    id           bigserial primary key,
    unit_id      uuid         not null references org_unit (id),
    occurred_at  timestamptz  not null default now(),
    actor_name   varchar(50)  not null,
    action       varchar(20)  not null check (action in ('CREATE', 'RENAME', 'MOVE', 'CLOSE', 'LOAD')),
    detail       varchar(500)
);
create index org_unit_history_unit_idx on org_unit_history (unit_id, id desc);

create function org_unit_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'org_unit_history is append-only';
end $$;
create trigger org_unit_history_no_update_or_delete before update or delete on org_unit_history
    for each row execute function org_unit_history_is_append_only();

-- a retired building keeps its row (households' history points at it) but takes no new household
alter table building add column retired_at timestamptz;
-- keyset paging of a community's compounds and buildings by name
create index compound_community_name_idx on compound (community_id, name, id);
create index building_compound_name_idx on building (compound_id, name, id);
