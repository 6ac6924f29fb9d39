-- A note drafted on a grid worker's phone with no signal is sent when the connection returns, and
-- may be sent again if the answer was lost on the way back. Each draft carries a key made on the
-- phone; the first post with a key writes, a replay finds the key taken and writes nothing.
create table service_request_act_key (
    idempotency_key  varchar(120) primary key,
    request_id       uuid         not null references service_request (id),
    act              varchar(30)  not null,
    created_at       timestamptz  not null
);
create index service_request_act_key_request_idx on service_request_act_key (request_id);

-- Finding a request by its number from a search box: a prefix of the number uses this index
-- whatever the database's collation.
create index service_request_number_prefix_idx on service_request (number varchar_pattern_ops);
