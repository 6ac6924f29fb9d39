#!/usr/bin/env bash
# Grows a Pomegranate database to a prefecture's years of data: RESIDENTS residents, REQUESTS service
# requests over YEARS years, with the shapes of real use (see bench/generate.sql and docs/benchmarks.md).
# Everything is set-based SQL inside PostgreSQL (generate_series, insert ... select): no row at a time;
# two sessions side by side for the second half (two cores).
# The database must hold the application's schema (Flyway) and an organisation tree with a
# prefecture, e.g. the demo. Running it again grows the same database further: the sizes are totals.
#
# Where the database is, one of:
#   PGURL=postgresql://user:pass@host:port/db bench/generate.sh
#   SPRING_DATASOURCE_URL=jdbc:postgresql://host:port/db SPRING_DATASOURCE_USERNAME=… SPRING_DATASOURCE_PASSWORD=… bench/generate.sh
#   DATA_DIR=./data/postgres bench/generate.sh   # the embedded cluster of a STOPPED application: started on a
#                                                 # spare port with PGBIN (default: the binaries the application
#                                                 # extracted, else the newest installed), stopped again at the end
#   (none of these: the libpq variables PGHOST, PGPORT, PGUSER, PGDATABASE, as psql uses them)
#
#   RESIDENTS=1000000 REQUESTS=10000000 YEARS=10 bench/generate.sh   # the defaults
#
# Needs: bash, psql (any version ≥ 14 client), a PostgreSQL ≥ 14 server. After loading it runs
# ANALYZE and calls unit_counts_rebuild() when the schema has it (kept head counts per unit): the
# inserts take the counting triggers away for their transaction, so the counts are right only after it.
set -euo pipefail
cd "$(dirname "$0")"

RESIDENTS=${RESIDENTS:-1000000}
REQUESTS=${REQUESTS:-10000000}
YEARS=${YEARS:-10}
SEED=${SEED:-0.42}

source ./pg-lib.sh
STARTED_CLUSTER=
cleanup() {
  [[ -n "${SQL_COPY:-}" ]] && rm -f "$SQL_COPY"
  # after a failure: the staging tables go (what was committed stays; run unit_counts_rebuild() or run again)
  [[ -n "${PSQL:-}" ]] && "${PSQL[@]}" -c "set client_min_messages = warning" -c "drop schema if exists generate_staging cascade" >/dev/null 2>&1
  if [[ -n "$STARTED_CLUSTER" ]]; then
    pg_stop "$DATA_DIR"
  fi
}
trap cleanup EXIT

if [[ -n "${DATA_DIR:-}" ]]; then
  PORT=${PORT:-25799}
  # loading settings; a clean stop at the end writes everything out
  pg_start "$DATA_DIR" "$PORT" "$DATA_DIR/generate.log" -c max_wal_size=8GB -c shared_buffers=1GB -c synchronous_commit=off
  STARTED_CLUSTER=1
  export PGURL=${PGURL:-postgresql://postgres@127.0.0.1:$PORT/postgres}
elif [[ -n "${SPRING_DATASOURCE_URL:-}" ]]; then
  # jdbc:postgresql://host:port/db?… → a libpq URI with the Spring user and password
  rest=${SPRING_DATASOURCE_URL#jdbc:postgresql://}
  export PGURL="postgresql://${rest%%\?*}"
  [[ -n "${SPRING_DATASOURCE_USERNAME:-}" ]] && export PGUSER=$SPRING_DATASOURCE_USERNAME
  [[ -n "${SPRING_DATASOURCE_PASSWORD:-}" ]] && export PGPASSWORD=$SPRING_DATASOURCE_PASSWORD
fi

PSQL=(psql -X -q -v ON_ERROR_STOP=1)
[[ -n "${PGURL:-}" ]] && PSQL+=("$PGURL")

started=$(date +%s)
echo "growing $("${PSQL[@]}" -Atc "select current_database() || ' on ' || inet_server_addr() || ':' || inet_server_port()") to $RESIDENTS residents, $REQUESTS requests over $YEARS years"
# psql reads its file as it goes: run a copy, so an edit of generate.sql meanwhile cannot mix into the run
SQL_COPY=$(mktemp)
cp generate.sql "$SQL_COPY"
part() {
  "${PSQL[@]}" -v residents="$RESIDENTS" -v requests="$REQUESTS" -v years="$YEARS" -v seed="$SEED" -v part="$1" -f "$SQL_COPY"
}
# two sessions side by side, one on each core: both must succeed
both() {
  part "$1" & local first=$!
  if ! part "$2"; then wait "$first" || true; exit 1; fi
  wait "$first"
}
# the tree, the residents and what the drawing reads; the requests drawn into a staging table, half in
# each session; then the timelines in one session and the requests with their audit entries,
# notifications and evaluation in the other
part prepare
both draw-0 draw-1
both timelines requests
"${PSQL[@]}" -c "set client_min_messages = warning" -c "drop schema generate_staging cascade"
rm -f "$SQL_COPY"
loaded=$(date +%s)

echo "ANALYZE"
"${PSQL[@]}" -c "analyze"
if [[ $("${PSQL[@]}" -Atc "select count(*) from pg_proc where proname = 'unit_counts_rebuild'") != 0 ]]; then
  echo "rebuilding the kept head counts per unit (unit_counts_rebuild)"
  "${PSQL[@]}" -c "select unit_counts_rebuild()" >/dev/null
fi
finished=$(date +%s)

"${PSQL[@]}" -At <<'SQL'
select format('now: %s residents, %s households, %s buildings, %s units, %s accounts, %s requests (%s open), '
              '%s timeline entries, %s audit entries, %s notifications; database %s',
  (select count(*) from resident), (select count(*) from household), (select count(*) from building),
  (select count(*) from org_unit), (select count(*) from account), (select count(*) from service_request),
  (select count(*) from service_request where status not in ('CLOSED', 'REJECTED', 'MERGED', 'WITHDRAWN')),
  (select count(*) from service_request_event), (select count(*) from audit_entry),
  (select count(*) from notification), pg_size_pretty(pg_database_size(current_database())));
SQL
echo "generated in $((loaded - started)) s, analyzed and rebuilt in $((finished - loaded)) s"
