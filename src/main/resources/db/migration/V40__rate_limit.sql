-- Fixed-window counters of the shared rate limiter. One row per key and window start; the count is
-- raised with one upsert, so parallel requests on any number of instances cannot outrun the limit.
-- Keys never hold personal data in clear (a phone is hashed with a key before it becomes a key).
create table rate_limit_window (
    key          text        not null,
    window_start timestamptz not null,
    window_end   timestamptz not null,
    count        integer     not null,
    primary key (key, window_start)
);

-- the scheduled clean-up deletes windows that are over
create index rate_limit_window_end on rate_limit_window (window_end);
