#!/usr/bin/env bash
# A throwaway PostgreSQL for trying TrialDesk and for its PostgreSQL test tier: its own cluster in a
# folder, listening on loopback only, with the two roles and the database that
# scripts/postgres-roles.sql and scripts/postgres-database.sql make. Not for production (local
# connections are trusted); production runs those two SQL scripts on its own server
# (docs/operations.md).
#
#   scripts/postgres.sh start    make (first time) and start the cluster, create roles and database
#   scripts/postgres.sh stop     stop it (the files stay)
#   scripts/postgres.sh drop     stop it and remove its files
#   scripts/postgres.sh fresh    drop, then start: an empty database (what the test tier starts from)
#   scripts/postgres.sh status   say whether it runs
#   scripts/postgres.sh env      print the TRIALDESK_DB_* settings that point the server at it
#
# TRIALDESK_PG_DIR (default /tmp/trialdesk-pg) and TRIALDESK_PG_PORT (default 55432) choose where.
set -euo pipefail
cd "$(dirname "$0")/.."

dir="${TRIALDESK_PG_DIR:-/tmp/trialdesk-pg}"
port="${TRIALDESK_PG_PORT:-55432}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
[ -n "$bin" ] || bin="$(dirname "$(command -v initdb || echo /usr/bin/initdb)")"

# PostgreSQL refuses to run as root: as root, run its programs as the `postgres` user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_env() {
  cat <<ENV
TRIALDESK_DB_DRIVER=postgresql
TRIALDESK_DB_URL=jdbc:postgresql://127.0.0.1:$port/trialdesk
TRIALDESK_DB_USER=trialdesk_app
TRIALDESK_DB_PASSWORD=trialdesk_app
TRIALDESK_DB_OWNER_USER=trialdesk_owner
TRIALDESK_DB_OWNER_PASSWORD=trialdesk_owner
ENV
}

running() { as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; }

case "${1:-}" in
  start)
    if [ ! -x "$bin/initdb" ]; then
      echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2
      exit 1
    fi
    mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    fi
    if ! running; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=on" start >/dev/null
    fi
    psql=(as_owner "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
    if [ "$("${psql[@]}" -d postgres -tAc "select 1 from pg_roles where rolname = 'trialdesk_app'")" != 1 ]; then
      "${psql[@]}" -d postgres -v owner_password=trialdesk_owner -v app_password=trialdesk_app \
        -f - <scripts/postgres-roles.sql
    fi
    if [ "$("${psql[@]}" -d postgres -tAc "select 1 from pg_database where datname = 'trialdesk'")" != 1 ]; then
      "${psql[@]}" -d postgres -v database=trialdesk -f - <scripts/postgres-database.sql
    fi
    echo "PostgreSQL runs on 127.0.0.1:$port (files in $dir). Point TrialDesk at it with:"
    pg_env | sed 's/^/  export /'
    ;;
  stop)
    if running; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
    ;;
  drop)
    if [ -d "$dir/data" ] && running; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
    rm -rf "$dir"
    ;;
  fresh)
    "$0" drop
    exec "$0" start
    ;;
  status)
    if [ -d "$dir/data" ] && running; then echo "running on 127.0.0.1:$port ($dir)"; else echo "not running"; exit 3; fi
    ;;
  env)
    pg_env
    ;;
  *)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
