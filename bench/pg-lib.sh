# Sourced by bench/generate.sh and bench/scale.sh: start and stop a PostgreSQL data folder with the
# binaries the application embeds (PostgreSQL 18, extracted under the temp folder when the application
# first starts the embedded database), else the newest installed ones. PostgreSQL does not run as root:
# as root the folder's owner runs it (a root-owned folder is given to RUN_AS, default postgres, first).

pg_bin() {
  local bin=${PGBIN:-}
  [[ -z "$bin" ]] && bin=$(ls -d "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin 2>/dev/null | head -1)
  [[ -z "$bin" ]] && bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -x "$bin/postgres" ]] || { echo "no PostgreSQL binaries found: set PGBIN" >&2; return 1; }
  echo "$bin"
}

pg_as_owner() {
  local dir=$1
  shift
  local owner
  owner=$(stat -c %U "$dir")
  if [[ $(id -u) -eq 0 && "$owner" != root ]]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}

# pg_start DATA_DIR PORT LOG [postgres options…]: starts the server in the background and waits for it
pg_start() {
  local dir=$1 port=$2 log=$3
  shift 3
  local bin
  bin=$(pg_bin)
  if [[ -f "$dir/postmaster.pid" ]] && kill -0 "$(head -1 "$dir/postmaster.pid")" 2>/dev/null; then
    echo "$dir is in use by a running server (stop the application or server first)" >&2
    return 1
  fi
  # PostgreSQL refuses to run as root: as root, a folder of root's (the application's embedded cluster
  # when the application ran as root) is handed to the postgres user first
  if [[ $(id -u) -eq 0 && $(stat -c %U "$dir") == root ]]; then
    id "${RUN_AS:-postgres}" >/dev/null 2>&1 || { echo "as root, a user ${RUN_AS:-postgres} is needed to run $dir" >&2; return 1; }
    chown -R "${RUN_AS:-postgres}" "$dir"
    PG_LIB_HANDED_OVER=$dir   # pg_stop gives it back to root, so the application can start it again
  fi
  pg_as_owner "$dir" nohup "$bin/postgres" -D "$dir" -p "$port" -c listen_addresses=127.0.0.1 \
    -c unix_socket_directories="${TMPDIR:-/tmp}" "$@" >>"$log" 2>&1 &
  for _ in $(seq 1 120); do
    if psql -X -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atc "select 1" >/dev/null 2>&1; then
      return 0
    fi
    sleep 1
  done
  tail -20 "$log" >&2
  echo "PostgreSQL on $dir did not start" >&2
  return 1
}

# pg_stop DATA_DIR: fast shutdown (SIGINT to the postmaster of that folder), waits until it is gone
pg_stop() {
  local dir=$1 pid
  [[ -f "$dir/postmaster.pid" ]] || return 0
  pid=$(head -1 "$dir/postmaster.pid")
  kill -INT "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 60); do
    if ! kill -0 "$pid" 2>/dev/null; then
      [[ "${PG_LIB_HANDED_OVER:-}" == "$dir" ]] && chown -R root "$dir"
      return 0
    fi
    sleep 1
  done
  echo "PostgreSQL $pid did not stop within 60 s" >&2
}
