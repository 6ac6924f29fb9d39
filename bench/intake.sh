#!/usr/bin/env bash
# Intake benchmark: builds the application, starts it on a fresh embedded database with the demo,
# drives it with the Java load driver (a second process, over loopback), prints the figures and
# stops everything again. Rerunnable; see docs/benchmarks.md.
#
#   bench/intake.sh                      # 32 threads, 40 s warm-up, 30 s measured
#   THREADS=64 DURATION=60 bench/intake.sh
#   SKIP_BUILD=1 bench/intake.sh         # reuse target/ from an earlier build
#   PGBENCH=1 bench/intake.sh            # then the same intakes' statements straight on the same database with
#                                        # pgbench (bench/intake-pgbench.sql): the database's own limit for the work
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
DB_PORT=${DB_PORT:-25432}
THREADS=${THREADS:-32}
WARMUP=${WARMUP:-40}
DURATION=${DURATION:-30}
# the demo account whose ready API token (pmg_demo_<account>) the driver sends
BENCH_USER=${BENCH_USER:-county}
CATEGORY=${CATEGORY:-NEIGHBOURHOOD}
SERVER_OPTS=${SERVER_OPTS:-"-Xms1g -Xmx1g"}
DRIVER_OPTS=${DRIVER_OPTS:-"-Xms256m -Xmx256m -XX:+UseSerialGC"}
# seconds to wait for the application to load the demo and report healthy (minutes on a busy machine)
STARTUP_WAIT=${STARTUP_WAIT:-900}

if [[ -z "${SKIP_BUILD:-}" ]]; then
  mvn -B -q -DskipTests package
fi
# JAR=... measures another build (e.g. a copy of an earlier one) with the same driver
JAR=${JAR:-$(ls target/pomegranate-*.jar | grep -v original | head -1)}

WORK=$(mktemp -d)
APP_PID=
cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "starting the application on port $PORT with a fresh database (log: $WORK/app.log)"
# shellcheck disable=SC2086
# one account sends thousands of intakes a minute: lift the API's per-account limit for the measurement
java $SERVER_OPTS -jar "$JAR" --server.port="$PORT" \
  --pomegranate.embedded-db.data-dir="$WORK/postgres" --pomegranate.embedded-db.port="$DB_PORT" \
  --pomegranate.crypto.dev-key-file="$WORK/dev-encryption.key" \
  --pomegranate.rate-limit.api.per-account=1000000000 >"$WORK/app.log" 2>&1 &
APP_PID=$!

for _ in $(seq 1 "$STARTUP_WAIT"); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    tail -50 "$WORK/app.log"
    echo "the application did not start" >&2
    exit 1
  fi
  sleep 1
done
if ! curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null; then
  tail -5 "$WORK/app.log"
  echo "the application was not healthy after $STARTUP_WAIT s (STARTUP_WAIT)" >&2
  exit 1
fi

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
# CPU time in clock ticks: of one process, and of a process with its children, those running and those
# that ended (the database's backends come and go with pgbench's connections)
ticks() {
  awk '{print $14 + $15}' "/proc/$1/stat"
}
tree_ticks() {
  local total child
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$1/stat")
  for child in $(pgrep -P "$1"); do
    if [[ -r /proc/$child/stat ]]; then
      total=$((total + $(ticks "$child")))
    fi
  done
  echo "$total"
}
HZ=$(getconf CLK_TCK)
PG_PID=$(pgrep -f -- "-D $WORK/postgres" | head -1 || true)
# shellcheck disable=SC2086
java $DRIVER_OPTS -cp target/test-classes org.pomegranate.bench.IntakeLoad \
  base="http://127.0.0.1:$PORT" token="pmg_demo_$BENCH_USER" \
  threads="$THREADS" warmup="$WARMUP" duration="$DURATION" category="$CATEGORY" >"$WORK/driver.out" &
DRIVER_PID=$!
# the measured window only: sampled after the warm-up, again at its end
sleep "$WARMUP"
read -r APP0 DB0 DRV0 < <(echo "$(ticks "$APP_PID") $(tree_ticks "$PG_PID") $(ticks "$DRIVER_PID")")
sleep "$DURATION"
read -r APP1 DB1 DRV1 < <(echo "$(ticks "$APP_PID") $(tree_ticks "$PG_PID") $(ticks "$DRIVER_PID")")
wait "$DRIVER_PID"
cat "$WORK/driver.out"
CREATED=$(sed -n 's/^created \([0-9]*\) requests.*/\1/p' "$WORK/driver.out")
if [[ -n "$CREATED" && "$CREATED" -gt 0 ]]; then
  awk -v a=$((APP1 - APP0)) -v d=$((DB1 - DB0)) -v r=$((DRV1 - DRV0)) -v n="$CREATED" -v hz="$HZ" -v s="$DURATION" \
    'BEGIN { printf "CPU in the measured window, per intake: application %.1f ms, database %.1f ms, driver %.1f ms", a * 1000 / hz / n, d * 1000 / hz / n, r * 1000 / hz / n;
             printf " (cores busy: %.2f, %.2f, %.2f)\n", a / hz / s, d / hz / s, r / hz / s }'
fi

if [[ -n "${PGBENCH:-}" ]]; then
  # the database's own limit for the same work: the intake's statements (bench/intake-pgbench.sql) sent by
  # pgbench on the same database and server, while the application stands idle
  PSQL=(psql -X -q -At -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1)
  # the intake answers before its listeners run: wait until the application has applied every event the
  # driver caused (its evaluation rollups), so that it is really idle and pgbench does not race its backlog
  OUTSTANDING=$("${PSQL[@]}" -c "select count(*) from event_publication where completion_date is null")
  WAITED=0
  while [[ "$("${PSQL[@]}" -c "select count(*) from event_publication where completion_date is null")" != 0 ]] \
      && (( WAITED < 900 )); do
    sleep 1
    WAITED=$((WAITED + 1))
  done
  echo "listeners: $OUTSTANDING events outstanding when the driver stopped, all applied $WAITED s later"
  "${PSQL[@]}" <<SQL
drop table if exists bench_intake_resident;
create table bench_intake_resident as
select row_number() over (order by r.name, r.id) as n, r.id
from resident r join household h on h.id = r.household_id join building b on b.id = h.building_id
join org_unit g on g.id = b.grid_id, account a join org_unit cu on cu.id = a.org_unit_id
where a.username = '$BENCH_USER' and g.path like cu.path || '%' and r.status = 'ACTIVE'
order by r.name, r.id limit 2000;
alter table bench_intake_resident add primary key (n);
SQL
  # shellcheck disable=SC2207
  VARS=($("${PSQL[@]}" -F' ' -c "select '-Daccount=' || a.id, '-Dunit=' || a.org_unit_id,
      '-Dcategory=' || (select id from service_category where code = '$CATEGORY'),
      '-Dtokenhash=' || encode(sha256(convert_to('pmg_demo_$BENCH_USER', 'UTF8')), 'hex'),
      '-Dresidents=' || (select count(*) from bench_intake_resident)
    from account a where a.username = '$BENCH_USER'"))
  # as many clients as the application has connections (Hikari's 10 unless set otherwise): the database
  # sees that many transactions at once from the application, whatever the driver's threads; more only
  # queue on the rows every intake updates (the account's rate-limit window, the kept counts up the tree)
  CLIENTS=${PGBENCH_CLIENTS:-10}
  run_pgbench() {
    pgbench -h 127.0.0.1 -p "$DB_PORT" -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$1" \
      -f "$2" "${VARS[@]}" postgres
  }
  # PGBENCH_FILES: other versions of the statements to compare, each measured in turn on the same database
  for FILE in ${PGBENCH_FILES:-bench/intake-pgbench.sql}; do
    echo "pgbench: $CLIENTS clients, ${PGBENCH_WARMUP:-20} s warm-up, $DURATION s measured ($FILE)"
    run_pgbench "${PGBENCH_WARMUP:-20}" "$FILE" >/dev/null
    # the warm-up's backends end after pgbench does; their time must not land in the measured window
    sleep 2
    DB0=$(tree_ticks "$PG_PID")
    # pgbench's own CPU (user and system seconds) from bash's time, the database's from its processes
    { TIMEFORMAT='%U %S'; time run_pgbench "$DURATION" "$FILE" >"$WORK/pgbench.out"; } 2>"$WORK/pgbench.time"
    DB1=$(tree_ticks "$PG_PID")
    grep -E "processed|failed|latency average|tps" "$WORK/pgbench.out"
    DONE=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$WORK/pgbench.out")
    read -r PGB_USER PGB_SYS <"$WORK/pgbench.time"
    awk -v d=$((DB1 - DB0)) -v u="$PGB_USER" -v y="$PGB_SYS" -v n="$DONE" -v hz="$HZ" -v s="$DURATION" \
      'BEGIN { printf "CPU per transaction: database %.1f ms, pgbench %.1f ms (cores busy: %.2f, %.2f)\n", d * 1000 / hz / n, (u + y) * 1000 / n, d / hz / s, (u + y) / s }'
  done
fi
