#!/usr/bin/env bash
# Scale benchmark: p50/p95 of the staff lists, searches, home pages and dashboards over real HTTP (one call
# at a time, bench/scale-measure.py, endpoints in bench/scale-endpoints.txt), at the demo's size and at a
# prefecture's years (bench/generate.sh), written as a table into docs/benchmarks.md with the machine; the
# plans of the statements slower than EXPLAIN_MS at scale (auto_explain: EXPLAIN ANALYZE, BUFFERS) go to
# docs/benchmarks-plans-<LABEL>.md. See docs/benchmarks.md, "Lists, search and home pages at scale".
#
# Self-contained (default): the application loads the demo into a fresh embedded cluster in a temporary
# folder; that cluster is measured, grown with generate.sh to RESIDENTS/REQUESTS/YEARS, measured again, and
# deleted.
#   bench/scale.sh                                         # 1 M residents, 10 M requests, 10 years
#   RESIDENTS=1000000 REQUESTS=2000000 bench/scale.sh
#
# Reusing prepared databases on a running server (as root or its owner; nothing is written to them): each
# is copied (createdb -T) to a scratch database that the application migrates and that is dropped after.
#   PG=postgresql://postgres@127.0.0.1:25700 DEMO_DB=demo_base SCALE_DB=scale_base PG_LOG=<server log> \
#     CRYPTO_KEY=<the key the data was sealed with> LABEL=after bench/scale.sh
#   (without DEMO_DB the demo column stays empty; without PG_LOG no plans are collected)
#
# Other settings: LABEL (the table's name in the docs, default "latest"), PORT (18250), DB_PORT (25650, the
# self-contained cluster), SKIP_BUILD=1, SERVER_OPTS, EXPLAIN_MS (50), KEEP=1 (keep the scratch databases),
# TRIES/BUDGET/WARMUP (bench/scale-measure.py), ENDPOINTS (file),
# CLOCK_HOOK: a command run against the grown database while the application runs (environment: BASE,
#   PGURL, SPRING_DATASOURCE_URL); its output goes into the docs below the table, e.g. a script of the clock
#   branch that lets 100,000 requests fall overdue and reports how long their escalation took.
#
# Needs: bash, java 17, python3, psql and createdb/dropdb (PostgreSQL client ≥ 14), curl; Maven unless SKIP_BUILD.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/pg-lib.sh

LABEL=${LABEL:-latest}
PORT=${PORT:-18250}
DB_PORT=${DB_PORT:-25650}
EXPLAIN_MS=${EXPLAIN_MS:-50}
ENDPOINTS=${ENDPOINTS:-bench/scale-endpoints.txt}
SERVER_OPTS=${SERVER_OPTS:-"-Xms512m -Xmx1g"}
# the server while generate.sh loads (self-contained mode); measurements run on PostgreSQL's defaults
GENERATE_SERVER_OPTS=${GENERATE_SERVER_OPTS:-"-c shared_buffers=1GB -c max_wal_size=8GB -c fsync=off -c full_page_writes=off -c synchronous_commit=off"}
export RESIDENTS=${RESIDENTS:-1000000} REQUESTS=${REQUESTS:-10000000} YEARS=${YEARS:-10}

if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn -B -q -DskipTests package
fi
JAR=$(ls target/pomegranate-*.jar | grep -v original | head -1)

WORK=$(mktemp -d)
chmod 755 "$WORK"
APP_PID=
SCRATCH=()
OWN_CLUSTER=
cleanup() {
  stop_app
  if [[ -z "${KEEP:-}" ]]; then
    for db in "${SCRATCH[@]}"; do dropdb --if-exists -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$db" || true; done
  fi
  [[ -n "$OWN_CLUSTER" ]] && pg_stop "$WORK/pg"
  if [[ -z "${KEEP:-}" ]]; then rm -rf "$WORK"; else echo "kept: $WORK"; fi
}
trap cleanup EXIT

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}

# start_app LOG [args…]: the jar on PORT with the API's per-account limit lifted (one account calls hundreds
# of times a minute here), waits until it answers
start_app() {
  local log=$1
  shift
  # shellcheck disable=SC2086
  java $SERVER_OPTS -jar "$JAR" --server.port="$PORT" --pomegranate.rate-limit.api.per-account=1000000000 \
    --pomegranate.rate-limit.sign-in.per-address=1000000000 "$@" >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    if grep -q "Pomegranate demo logins\|Started PomegranateApplication" "$log" 2>/dev/null \
        && curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then
      # the demo loads after the start: wait for its logins
      if ! grep -q "Empty database: loading" "$log" || grep -q "Pomegranate demo logins" "$log"; then
        return 0
      fi
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      tail -40 "$log" >&2
      echo "the application did not start" >&2
      exit 1
    fi
    sleep 1
  done
  echo "the application did not start within 10 minutes" >&2
  exit 1
}

# measure NAME DB: the application against database DB of the server, every endpoint; results in WORK/NAME.tsv
measure() {
  local name=$1 db=$2
  local url="jdbc:postgresql://$PG_HOST:$PG_PORT/$db"
  echo "== $name: starting the application on $db"
  SPRING_DATASOURCE_URL=$url SPRING_DATASOURCE_USERNAME=$PG_USER SPRING_DATASOURCE_PASSWORD=${PG_PASSWORD:-unused} \
    POMEGRANATE_CRYPTO_KEY=$CRYPTO_KEY start_app "$WORK/app-$name.log"
  local p=(psql -X -At -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$db")
  # what autovacuum does to a live database soon after an upgrade: the visibility map and the statistics
  # of the tables the migrations just rewrote (the resident search's index-only scans would otherwise
  # read the table for every index entry until autovacuum comes round)
  echo "== $name: vacuum (analyze) after the migrations"
  "${p[@]}" -c "vacuum (analyze)"
  # ids the endpoints need: a closed request and a resident of the county officer's area, that county
  local county_path ids
  county_path=$("${p[@]}" -c "select u.path from account a join org_unit u on u.id = a.org_unit_id where a.username = 'county'")
  ids=(
    "REQUEST_ID=$("${p[@]}" -c "select r.id from service_request r join org_unit u on u.id = r.unit_id where u.path like '$county_path%' and r.status = 'CLOSED' order by r.submitted_at desc limit 1")"
    "RESIDENT_ID=$("${p[@]}" -c "select r.id from resident r join household h on h.id = r.household_id join building b on b.id = h.building_id join org_unit g on g.id = b.grid_id where g.path like '$county_path%' and r.status = 'ACTIVE' order by r.id desc limit 1")"
    "COUNTY_ID=$("${p[@]}" -c "select org_unit_id from account where username = 'county'")"
    "MONTH=$(date -d "$(date +%Y-%m-15) -1 month" +%Y-%m)"
  )
  local log_from=0
  [[ -n "${PG_LOG:-}" && -f "${PG_LOG:-}" ]] && log_from=$(stat -c %s "$PG_LOG")
  python3 bench/scale-measure.py "http://127.0.0.1:$PORT" "$ENDPOINTS" "$WORK/$name.tsv" "${ids[@]}"
  if [[ -n "${PG_LOG:-}" && "$name" == scale ]]; then
    tail -c +"$((log_from + 1))" "$PG_LOG" >"$WORK/pg-$name.log"
  fi
  if [[ "$name" == scale && -n "${CLOCK_HOOK:-}" ]]; then
    echo "== the SLA clock hook: $CLOCK_HOOK"
    BASE="http://127.0.0.1:$PORT" PGURL="postgresql://$PG_USER@$PG_HOST:$PG_PORT/$db" SPRING_DATASOURCE_URL=$url \
      bash -c "$CLOCK_HOOK" 2>&1 | tee "$WORK/clock.txt" || true
  fi
  stop_app
}

# auto_explain for every session of database DB (the plans land in the server's log)
explain_on() {
  psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$1" -c "alter database \"$1\" set session_preload_libraries = 'auto_explain'" \
    -c "alter database \"$1\" set auto_explain.log_min_duration = '${EXPLAIN_MS}ms'" \
    -c "alter database \"$1\" set auto_explain.log_analyze = on" -c "alter database \"$1\" set auto_explain.log_buffers = on"
}

# a scratch copy of a template database
copy_db() {
  local template=$1 copy=$2
  dropdb --if-exists -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$copy"
  createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -T "$template" "$copy"
  SCRATCH+=("$copy")
}

started=$(date +%s)
if [[ -n "${PG:-}" ]]; then
  # PG=postgresql://user[:password]@host:port
  rest=${PG#postgresql://}
  cred=${rest%@*}
  hostport=${rest#*@}
  PG_USER=${cred%%:*}
  [[ "$cred" == *:* ]] && export PGPASSWORD=${cred#*:} PG_PASSWORD=${cred#*:}
  PG_HOST=${hostport%%:*}
  PG_PORT=${hostport##*:}
  PG_PORT=${PG_PORT%%/*}
  : "${CRYPTO_KEY:?the key the prepared data was sealed with (POMEGRANATE_CRYPTO_KEY of the application that made it)}"
  [[ -n "${SCALE_DB:-}" ]] || { echo "SCALE_DB is needed with PG" >&2; exit 1; }
  if [[ -n "${DEMO_DB:-}" ]]; then
    copy_db "$DEMO_DB" "bench_${LABEL}_demo"
    measure demo "bench_${LABEL}_demo"
  fi
  SCALE_MEASURED=bench_${LABEL}_scale
  copy_db "$SCALE_DB" "$SCALE_MEASURED"
  [[ -n "${PG_LOG:-}" ]] && explain_on "$SCALE_MEASURED"
  measure scale "$SCALE_MEASURED"
else
  PG_HOST=127.0.0.1 PG_PORT=$DB_PORT PG_USER=postgres
  CRYPTO_KEY=${CRYPTO_KEY:-$(head -c 32 /dev/urandom | base64)}
  echo "== loading the demo into a fresh embedded cluster ($WORK/pg)"
  POMEGRANATE_CRYPTO_KEY=$CRYPTO_KEY start_app "$WORK/app-demo-load.log" \
    --pomegranate.embedded-db.data-dir="$WORK/pg" --pomegranate.embedded-db.port="$DB_PORT"
  stop_app
  # from here on the cluster runs on its own, with its log where the plans can be read
  PG_LOG=$WORK/pg.log
  pg_start "$WORK/pg" "$DB_PORT" "$PG_LOG" -c max_connections=200 -c timezone=UTC -c max_wal_size=8GB
  OWN_CLUSTER=1
  createdb -h "$PG_HOST" -p "$PG_PORT" -U postgres -T postgres demo_size
  measure demo demo_size
  echo "== growing the database to $RESIDENTS residents, $REQUESTS requests over $YEARS years"
  # loading settings while it grows (nothing to lose: the folder is thrown away on failure), then the
  # measurement on the server's defaults again
  pg_stop "$WORK/pg"
  pg_start "$WORK/pg" "$DB_PORT" "$PG_LOG" -c max_connections=200 -c timezone=UTC $GENERATE_SERVER_OPTS
  gen_started=$(date +%s)
  PGURL="postgresql://postgres@$PG_HOST:$PG_PORT/postgres" bench/generate.sh | tee "$WORK/generate.txt"
  echo "generate.sh took $(( $(date +%s) - gen_started )) s" | tee -a "$WORK/generate.txt"
  psql -X -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -c checkpoint
  pg_stop "$WORK/pg"
  pg_start "$WORK/pg" "$DB_PORT" "$PG_LOG" -c max_connections=200 -c timezone=UTC -c max_wal_size=8GB
  SCALE_MEASURED=postgres
  explain_on postgres
  measure scale postgres
fi

# ---- the report -----------------------------------------------------------------------------------------
PSQL_SCALE=(psql -X -At -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$SCALE_MEASURED")
python3 bench/scale-report.py "$LABEL" "$WORK" "$EXPLAIN_MS" \
  "$(uname -m); $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')); $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $(java -version 2>&1 | head -1)" \
  "$("${PSQL_SCALE[@]}" -c "select version()" | cut -d, -f1); $("${PSQL_SCALE[@]}" -F' ' -c "select string_agg(name || '=' || current_setting(name), ', ' order by name) from pg_settings where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'max_connections', 'jit', 'plan_cache_mode', 'max_parallel_workers_per_gather')")" \
  "$("${PSQL_SCALE[@]}" -c "select format('%s residents, %s households, %s requests (%s open), %s timeline entries, %s audit entries; database %s', (select count(*) from resident), (select count(*) from household), (select count(*) from service_request), (select count(*) from service_request where status in ('SUBMITTED','ACCEPTED','IN_PROGRESS','RESOLVED','TRANSFERRED','REOPENED')), (select count(*) from service_request_event), (select count(*) from audit_entry), pg_size_pretty(pg_database_size(current_database())))")" \
  "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "done in $(( $(date +%s) - started )) s: docs/benchmarks.md (table \"$LABEL\"), docs/benchmarks-plans-$LABEL.md"
