-- Incentive points (评价激励): an append-only ledger of points earned and lost by staff, each line
-- with the rule, the request and the service-desk event behind it.

create table points_ledger (
    id              uuid primary key,
    -- the service-desk event that earned it: applying an event twice adds nothing
    event_id        uuid         not null,
    rule            varchar(40)  not null check (rule in ('ON_TIME_RESOLUTION', 'SATISFIED_RATING',
                        'REVISIT_TURNED_AROUND', 'ESCALATION', 'UNSATISFIED_RATING')),
    account_id      uuid         not null references account (id),
    -- the unit holding the request at that moment, with its path, and its community (for rankings)
    unit_id         uuid         not null references org_unit (id),
    unit_path       text         not null,
    community_id    uuid references org_unit (id),
    request_id      uuid         not null,
    request_number  varchar(24)  not null,
    -- the points as the rule stood then: a later change of the rule does not rewrite history
    points          int          not null,
    month           date         not null,
    at              timestamptz  not null,
    unique (event_id, rule, account_id)
);
create index points_ledger_account_idx on points_ledger (account_id, month);
create index points_ledger_month_path_idx on points_ledger (month, unit_path text_pattern_ops);

-- Nothing in the ledger is changed or removed: a correction is a new line.
create function points_ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'points_ledger is append-only';
end;
$$;
create trigger points_ledger_no_update before update or delete on points_ledger
    for each row execute function points_ledger_append_only();
create trigger points_ledger_no_truncate before truncate on points_ledger
    for each statement execute function points_ledger_append_only();
