#!/usr/bin/env bash
# Evaluation benchmark: a scratch PostgreSQL cluster filled by COPY with COUNT synthetic requests over
# ten years for a prefecture-sized tree (1 prefecture, 8 counties, 80 streets, 800 communities,
# 6,400 grids, 12,800 workers), rollups computed from them in bulk, then p50/p95 of
#   - the 12-month rates of a random unit (any level) from the rollups vs from the raw requests,
#   - the ranking one level down for a month from the rollups vs from the raw requests,
# each measured with pgbench (one client, latency per statement logged). See docs/benchmarks.md.
#
#   bench/evaluation.sh                    # 10,000,000 requests
#   COUNT=2000000 bench/evaluation.sh      # a smaller run
#   KEEP=1 bench/evaluation.sh             # leave the cluster running for a look (prints how to stop it)
set -euo pipefail
cd "$(dirname "$0")"

COUNT=${COUNT:-10000000}
TRIES=${TRIES:-300}
PORT=${PORT:-25507}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
RUN_AS=${RUN_AS:-postgres}
WORK=$(mktemp -d)
chmod 755 "$WORK"
DATA=$WORK/data

as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u "$RUN_AS" -- "$@"; else "$@"; fi; }
cleanup() {
  if [[ -z "${KEEP:-}" ]]; then
    as_pg "$PGBIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
  else
    echo "cluster kept: $PGBIN/pg_ctl -D $DATA stop (as $RUN_AS); psql -h 127.0.0.1 -p $PORT -U postgres bench"
  fi
}
trap cleanup EXIT

[[ $(id -u) -eq 0 ]] && chown "$RUN_AS" "$WORK"
as_pg "$PGBIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$WORK/pg.log" -w start \
  -o "-p $PORT -k $WORK -c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=512MB -c max_wal_size=8GB -c synchronous_commit=off -c fsync=off" >/dev/null
PSQL=(psql -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -q)
"${PSQL[@]}" -d postgres -c "create database bench"
"${PSQL[@]}" -d bench -f evaluation-schema.sql

t0=$(date +%s)
python3 evaluation-generate.py "$COUNT" 6400 7 | "${PSQL[@]}" -d bench -c "copy raw_request from stdin"
t1=$(date +%s)
"${PSQL[@]}" -d bench -f evaluation-load.sql
t2=$(date +%s)
echo "generated and copied $COUNT requests in $((t1 - t0)) s; indexes and rollups in $((t2 - t1)) s"
"${PSQL[@]}" -d bench -At -c "select 'requests: ' || (select count(*) from service_request) || ', rollup rows: ' || (select count(*) from evaluation_rollup) || ', database: ' || pg_size_pretty(pg_database_size('bench'))"

measure() {
  local name=$1 script=$2 tries=$3
  (cd "$WORK" && pgbench -h 127.0.0.1 -p "$PORT" -U postgres -n -c 1 -t "$tries" -f "$OLDPWD/$script" -l --log-prefix="$name" bench >/dev/null 2>&1)
  # the log's third column is each statement's latency in microseconds
  cat "$WORK/$name".* | awk '{print $3}' | sort -n | awk -v name="$name" '{a[NR]=$1} END {
    printf "%-16s n=%d  p50 %.1f ms  p95 %.1f ms  max %.1f ms\n", name, NR, a[int(NR*0.5)]/1000, a[int(NR*0.95)]/1000, a[NR]/1000 }'
}
measure rollup-rates evaluation-rollup-rates.sql "$TRIES"
measure rollup-ranking evaluation-rollup-ranking.sql "$TRIES"
# the raw queries are slower: fewer tries, so the run ends
measure raw-rates evaluation-raw-rates.sql "$(( TRIES / 5 ))"
measure raw-ranking evaluation-raw-ranking.sql "$(( TRIES / 5 ))"
