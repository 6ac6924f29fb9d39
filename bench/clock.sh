#!/usr/bin/env bash
# The SLA clock on a bad day: OVERDUE open requests (default 100,000) fall overdue in the same second, and
# two application instances race to escalate them. Prints how long until none was due any more, until their
# response deadlines were noted, and until the listeners (evaluation, points) had applied every step, and
# checks that each step was taken exactly once (timeline, ladder positions, notifications).
#
# Against a database that is already migrated and holds open requests (a copy: the chosen requests' clocks
# and deadlines are moved):
#   PGURL=postgresql://postgres@127.0.0.1:25700/scale_copy POMEGRANATE_CRYPTO_KEY=<its key> bench/clock.sh
# As bench/scale.sh's CLOCK_HOOK (which sets PGURL and SPRING_DATASOURCE_URL; pass the key along):
#   CLOCK_HOOK='POMEGRANATE_CRYPTO_KEY=<key> SKIP_BUILD=1 bench/clock.sh' bench/scale.sh
#
# Settings: OVERDUE (100000), PORTS ("18241 18242", one instance per port; one port = one instance),
# SPRING_DATASOURCE_URL (default: made from PGURL), SPRING_DATASOURCE_USERNAME/PASSWORD (default: PGURL's user),
# RESPONSE=0 (leave response deadlines alone), NO_TOP_UP=1 (do not add open requests when fewer than OVERDUE
# have a rung ahead), SETTLE=N (the requests fall due N seconds after the update, which VACUUM and CHECKPOINT
# settle meanwhile, as on a real bad day; default 0: due at once), SERVER_OPTS (-Xms256m -Xmx768m), SKIP_BUILD=1,
# KEEP_APPS=1.
# Needs: bash, java 17, psql, curl; Maven unless SKIP_BUILD or the jar is there.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${PGURL:?PGURL=postgresql://user@host:port/db of the database to use}"
OVERDUE=${OVERDUE:-100000}
PORTS=${PORTS:-"18241 18242"}
RESPONSE=${RESPONSE:-1}
SETTLE=${SETTLE:-0}
SERVER_OPTS=${SERVER_OPTS:-"-Xms256m -Xmx768m"}
if [[ -z "${SPRING_DATASOURCE_URL:-}" ]]; then
  rest=${PGURL#postgresql://}
  SPRING_DATASOURCE_URL="jdbc:postgresql://${rest#*@}"
fi
if [[ -z "${SPRING_DATASOURCE_USERNAME:-}" ]]; then
  rest=${PGURL#postgresql://}
  SPRING_DATASOURCE_USERNAME=${rest%%@*}
  SPRING_DATASOURCE_USERNAME=${SPRING_DATASOURCE_USERNAME%%:*}
fi
export SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD=${SPRING_DATASOURCE_PASSWORD:-unused}

if [[ -z "${SKIP_BUILD:-}" ]] && ! ls target/pomegranate-*.jar >/dev/null 2>&1; then
  mvn -B -q -DskipTests package
fi
JAR=$(ls target/pomegranate-*.jar | grep -v original | head -1)
psql_() { psql -X -At -v ON_ERROR_STOP=1 "$PGURL" "$@"; }
now_ms() { date +%s%3N; }

PIDS=()
LOGS=()
WORK=$(mktemp -d)
cleanup() {
  if [[ -z "${KEEP_APPS:-}" ]]; then
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  fi
  psql_ -c "drop table if exists bench_clock_chosen" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# the instances, their clocks ticking every second (finding nothing until the requests fall due)
for port in $PORTS; do
  log="$WORK/app-$port.log"
  # shellcheck disable=SC2086
  java $SERVER_OPTS -jar "$JAR" --server.port="$port" \
    --pomegranate.servicedesk.sla-clock.enabled=true \
    --pomegranate.servicedesk.sla-clock.initial-delay=PT1S --pomegranate.servicedesk.sla-clock.interval=PT1S \
    >"$log" 2>&1 &
  PIDS+=($!)
  LOGS+=("$log")
done
for i in "${!PIDS[@]}"; do
  port=$(echo $PORTS | cut -d' ' -f$((i + 1)))
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
    kill -0 "${PIDS[$i]}" 2>/dev/null || { tail -30 "${LOGS[$i]}" >&2; echo "instance on $port did not start" >&2; exit 1; }
    sleep 1
  done
done
# let each clock's first ticks pass (anything already due is taken now, not counted below)
sleep 5

# the bad day: the chosen requests' next rung falls due now, and (RESPONSE=1) the unanswered ones'
# response deadline passes now; what they looked like before, for the checks
# A prefecture's years hold few open requests (most are closed): top up by reopening the most recently
# closed requests, at the foot of their ladder with their first deadline a day ahead. One UPDATE along the
# (status, submitted_at) index, no new rows, timelines and chains untouched (bench data only: a copy is required).
AHEAD=$(psql_ -c "select count(*) from service_request_clock where escalate_at > now()")
if (( AHEAD < OVERDUE )) && [[ -z "${NO_TOP_UP:-}" ]]; then
  echo "topping up: $AHEAD requests have a rung ahead, reopening $((OVERDUE - AHEAD)) closed ones"
  t=$(now_ms)
  psql_ >/dev/null <<SQL
update service_request r
set status = 'REOPENED', closed_at = null, first_response_at = null, response_overdue_noted = false,
    escalated_to_unit_id = null, escalation_step = 0,
    response_due = now() + interval '23 hours', resolve_due = now() + interval '6 days',
    escalate_at = now() + interval '23 hours'
from (select id from service_request where status = 'CLOSED'
      order by submitted_at desc, number desc limit $((OVERDUE - AHEAD))) c
where r.id = c.id;
analyze service_request;
SQL
  echo "  topped up in $(( ($(now_ms) - t) / 1000 )) s"
fi

psql_ >/dev/null <<SQL
drop table if exists bench_clock_chosen;
create table bench_clock_chosen as
  select r.id, r.escalation_step as step_before, r.escalated_to_unit_id as holder_before,
         (r.first_response_at is null and not r.response_overdue_noted) as unanswered
  from service_request_clock k
  join service_request r on r.id = k.request_id
  where k.escalate_at > now()
  order by k.escalate_at
  limit $OVERDUE;
alter table bench_clock_chosen add primary key (id);
analyze bench_clock_chosen;
SQL
CHOSEN=$(psql_ -c "select count(*) from bench_clock_chosen")
WATERMARK=$(psql_ -c "select coalesce(max(id), 0) from service_request_event")
NOTE_WATERMARK=$(psql_ -c "select coalesce(max(id), 0) from notification")
T0=$(now_ms)
# SETTLE=0: due at once, right after the update that wrote them. SETTLE=N: due N seconds from now; meanwhile
# VACUUM and CHECKPOINT settle the rows the update wrote, as the rows of a real bad day are settled long
# before they fall due by time passing (otherwise the clock's first reads pay for marking the update's
# fresh row versions, a cost of the benchmark, not of the clock).
DUE_MS=$(( T0 + SETTLE * 1000 - 1000 ))
DUE="to_timestamp($DUE_MS / 1000.0)"
(( SETTLE > 0 )) || DUE="now() - interval '1 second'"
psql_ >/dev/null <<SQL
update service_request r set escalate_at = $DUE,
    response_due = case when $RESPONSE = 1 and c.unanswered then least(r.response_due, $DUE)
                        else r.response_due end
from bench_clock_chosen c where r.id = c.id;
SQL
T1=$(now_ms)
UPDATE_NOTE="$(( (T1 - T0) / 1000 )) s for the update itself"
if (( SETTLE > 0 )); then
  psql_ -c "vacuum (analyze) service_request, service_request_clock" -c "checkpoint" >/dev/null
  SETTLED=$(now_ms)
  if (( SETTLED > DUE_MS )); then
    echo "  note: settling took $(( (SETTLED - T0) / 1000 )) s, longer than SETTLE=$SETTLE: the requests fell due while it ran" >&2
  else
    sleep "$(awk -v ms=$(( DUE_MS - SETTLED )) 'BEGIN { printf "%.3f", ms / 1000 }')"
  fi
  UPDATE_NOTE="$(( (T1 - T0) / 1000 )) s for the update, $(( (SETTLED - T1) / 1000 )) s for vacuum and checkpoint, due ${SETTLE} s after the update began"
  T1=$DUE_MS
fi

# until nothing chosen is due, then until every deadline is noted, then until the listeners are through
wait_until() {
  local sql=$1
  for _ in $(seq 1 6000); do
    [[ "$(psql_ -c "$sql")" == 0 ]] && { now_ms; return; }
    sleep 0.2
  done
  echo "timeout"
}
# The probes stop at the first request still waiting (along the clock's own table, service_request_clock), so polling costs
# next to nothing beside the work it watches; a step moves escalate_at a whole window (an hour or more)
# past now.
T_ESC=$(wait_until "select count(*) from (select 1 from service_request_clock k where k.escalate_at <= now()
  and exists (select 1 from bench_clock_chosen c where c.id = k.request_id) order by k.escalate_at limit 1) x")
T_NOTE=$(wait_until "select count(*) from (select 1 from service_request_clock k where $RESPONSE = 1
  and k.response_due < now()
  and exists (select 1 from bench_clock_chosen c where c.id = k.request_id and c.unanswered) order by k.response_due limit 1) x")
T_LISTEN=$(wait_until "select count(*) from event_publication where completion_date is null and event_type like '%Requests%'")

secs() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == "timeout") print "timeout"; else printf "%.1f", (b - a) / 1000 }'; }
read -r STEPS TAKEN TWICE WRONG_POS NOTICES <<<"$(psql_ -F' ' <<SQL
select
  (select count(*) from service_request_event e join bench_clock_chosen c on c.id = e.request_id
   where e.id > $WATERMARK and e.kind = 'ESCALATED'),
  (select coalesce(sum(r.escalation_step - c.step_before), 0) from service_request r join bench_clock_chosen c on c.id = r.id),
  (select count(*) from (select e.request_id, e.unit_id from service_request_event e
     join bench_clock_chosen c on c.id = e.request_id where e.id > $WATERMARK and e.kind = 'ESCALATED'
     group by 1, 2 having count(*) > 1) x),
  (select count(*) from service_request r join bench_clock_chosen c on c.id = r.id
   where r.escalation_step > c.step_before and r.escalated_to_unit_id is not distinct from c.holder_before),
  (select count(*) from notification where id > $NOTE_WATERMARK and kind = 'request.escalated');
SQL
)"
echo "SLA clock, $CHOSEN requests falling overdue at once, $(echo $PORTS | wc -w) instances ($(nproc) cores):"
echo "  escalated (none due any more):        $(secs "$T1" "$T_ESC") s after they fell due ($UPDATE_NOTE)"
echo "  response deadlines noted:             $(secs "$T1" "$T_NOTE") s"
echo "  listeners through (evaluation, points): $(secs "$T1" "$T_LISTEN") s"
echo "  steps on the timelines: $STEPS; steps by the requests' ladder positions: $TAKEN; a rung taken twice: $TWICE;"
echo "  ladder positions not moved: $WRONG_POS; escalation notices sent: $NOTICES"
for log in "${LOGS[@]}"; do
  echo "  $(basename "$log" .log): $(grep -o 'SLA clock: [0-9]* escalation' "$log" | awk '{s += $3} END {print s + 0}') steps in $(grep -c 'SLA clock: ' "$log") ticks"
done
if [[ "$STEPS" != "$TAKEN" || "$TWICE" != 0 || "$WRONG_POS" != 0 ]]; then
  echo "NOT exactly once" >&2
  exit 1
fi
echo "  each step exactly once"
