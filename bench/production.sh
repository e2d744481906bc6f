#!/usr/bin/env bash
# Production figures (BENCHMARKS.md): TrialDesk on PostgreSQL, on one node and on two behind the
# balancer, each figure printed with the baseline measured in the same run and its ratio:
#   1. pgbench's TPC-B-like transactions/s at 1, 8 and 32 clients on the same PostgreSQL;
#   2. API authentication at 8 clients: no credentials (the 401 floor), HTTP Basic, a Bearer token;
#   3. randomizations/s at 1, 8 and 32 clients (Bearer tokens), one node, as a ratio to pgbench;
#   4. p50/p95/p99 of the subject list, the trial's adverse-event list (page, and API with filters),
#      the toxicity table and the dashboard, as ratios to the bare login page, on a generated trial
#      of SMALL and one of BIG subjects (200 sites, 10 adverse events and 2 doses per subject);
#   5. the node's resident memory after that;
#   6. randomizations/s through the balancer with both nodes up, as a ratio to pgbench.
# Runs on the throwaway PostgreSQL of scripts/postgres.sh, in databases of its own (trialdesk_bench,
# pgbench), and the nodes of scripts/cluster.sh in a temporary folder; stops the nodes at the end.
# Needs wrk, pgbench (postgresql) and haproxy (Debian packages of those names).
# Usage: bench/production.sh [BIG subjects, default 100000] [SMALL, default 1000]
#        BENCH_SECONDS (default 10) sets the length of each wrk and pgbench run, BENCH_WARMUP
#        (default 5) that of the unrecorded wrk run before each (the JIT compiles the path first).
set -euo pipefail
cd "$(dirname "$0")/.."

big="${1:-100000}"
small="${2:-1000}"
seconds="${BENCH_SECONDS:-10}"
warmup="${BENCH_WARMUP:-5}"
for tool in wrk pgbench haproxy curl java; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install wrk postgresql haproxy curl)" >&2; exit 1; }
done
if [ ! -x target/server/bin/standalone.sh ] || [ ! -f target/trialdesk.war ]; then
  ./mvnw -q -B package -DskipTests
fi
for p in 8000 8180 8280; do
  if (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then
    echo "Port $p is taken: stop the cluster (scripts/cluster.sh down) first" >&2
    exit 1
  fi
done

work="$(mktemp -d)"
export TRIALDESK_CLUSTER_DIR="$work/cluster"
trap 'scripts/cluster.sh down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# PostgreSQL: the benchmark's own databases on the throwaway cluster.
scripts/postgres.sh start >/dev/null
set -a
eval "$(scripts/postgres.sh env)"
set +a
pg_port="${TRIALDESK_PG_PORT:-55432}"
psql_admin=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres)
"${psql_admin[@]}" -d postgres -c "drop database if exists trialdesk_bench" -c "drop database if exists pgbench"
"${psql_admin[@]}" -d postgres -v database=trialdesk_bench -f - <scripts/postgres-database.sql
"${psql_admin[@]}" -d postgres -c "create database pgbench"
export TRIALDESK_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/trialdesk_bench"
password="${TRIALDESK_DEMO_PASSWORD:-demo}"

echo "TrialDesk $(git rev-parse --short HEAD) on $(nproc) cores, PostgreSQL $("${psql_admin[@]}" -d postgres -tAc 'show server_version'), $(date -u +%Y-%m-%dT%H:%MZ)"

echo
echo "== 1. pgbench, TPC-B-like, scale 10, ${seconds} s per client count"
pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -i -s 10 -q pgbench >/dev/null 2>&1
declare -A tps
for c in 1 8 32; do
  tps[$c]="$(pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -n -c "$c" -j 2 -T "$seconds" pgbench 2>/dev/null \
    | awk '/^tps/ {print $3; exit}')"
  printf '%-8s %10.1f tps\n' "$c" "${tps[$c]}"
done

scripts/cluster.sh start-node 1 >/dev/null
node="http://127.0.0.1:8180"
api="$node/api/v1/"
token_of() {
  curl -fs -u "$1:$password" -H 'Content-Type: application/json' \
    -d "{\"name\": \"benchmark\", \"expiresOn\": \"$(date -u -d tomorrow +%F)\"}" "${api}tokens" \
    | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
coordinator_token="$(token_of coordinator-osk)"
monitor_token="$(token_of monitor)"

# One wrk run: prints "p50 p95 p99 rate non2xx"; $1 clients, $2 URL, then extra wrk arguments.
measure() {
  local clients="$1" url="$2"
  shift 2
  wrk -t "$((clients < 2 ? clients : 2))" -c "$clients" -d "${warmup}s" --timeout 30s "$@" "$url" >/dev/null
  wrk -t "$((clients < 2 ? clients : 2))" -c "$clients" -d "${seconds}s" --timeout 30s -s bench/percentiles.lua "$@" "$url" \
    | awk '/^RESULT/ {print $3, $4, $5, $6, $7}'
}

echo
echo "== 2. API authentication, 8 clients: the 401 floor, HTTP Basic and a Bearer token"
basic_header="Authorization: Basic $(printf 'coordinator-osk:%s' "$password" | base64)"
printf '%-48s %10s %10s\n' request "requests/s" "vs floor"
for target in "trials/IL2-HAI|the demo trial's document" "tokens|the caller's token list"; do
  path="${target%%|*}"
  read -r _ _ _ floor _ < <(measure 8 "${api}$path")
  read -r _ _ _ basic _ < <(measure 8 "${api}$path" -H "$basic_header")
  read -r _ _ _ bearer _ < <(measure 8 "${api}$path" -H "Authorization: Bearer $coordinator_token")
  awk -v p="GET $path" -v f="$floor" -v b="$basic" -v t="$bearer" 'BEGIN {
    printf "%-48s %10.1f %9.2fx\n", p " without credentials (401)", f, 1
    printf "%-48s %10.1f %9.2fx\n", p " with HTTP Basic", b, f / b
    printf "%-48s %10.1f %9.2fx\n", p " with a Bearer token", t, f / t }'
done
echo "(vs floor: how many times slower than the 401; the target is at most 3x)"

randomizations() {
  java bench/RandomizationBenchmark.java "$1" 400 bearer | tee "$work/rand-$2.txt"
  printf '%-8s %14s %14s %10s\n' clients "randomized/s" "pgbench tps" ratio
  for c in 1 8 32; do
    awk -v c="$c" -v t="${tps[$c]}" '$1 == c {printf "%-8s %14.1f %14.1f %9.2fx\n", c, $3, t, $3 / t}' "$work/rand-$2.txt"
  done
}
echo
echo "== 3. Randomizations, one stratum, Bearer tokens, one node"
randomizations "$api" one

echo
echo "== 4. Pages and lists, 2 clients, ${seconds} s each, as ratios to the bare login page"
driver="$(ls target/server/modules/org/postgresql/main/*.jar | head -1)"
login_session() {
  local jar="$work/cookies" state
  rm -f "$jar"
  state="$(curl -fs -c "$jar" "$node/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed -E 's/.*value="([^"]*)"/\1/' | head -1)"
  curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "login=login" --data-urlencode "login:username=monitor" \
    --data-urlencode "login:password=$password" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$node/login.xhtml"
  awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1
}
printf '%-10s %-36s %9s %9s %9s %9s\n' subjects page "p50 ms" "p95 ms" "p99 ms" "p50 ratio"
for size in "$small" "$big"; do
  trial="GEN$size"
  java -cp "$driver" bench/Generate.java "$api" "$TRIALDESK_DB_URL" "$TRIALDESK_DB_OWNER_USER" \
    "$TRIALDESK_DB_OWNER_PASSWORD" "$trial" "$size" 200 10 | sed 's/^/  /' >&2
  "${psql_admin[@]}" -d trialdesk_bench -c "analyze" >/dev/null
  session="$(login_session)"
  cookie=(-H "Cookie: JSESSIONID=$session")
  read -r l50 l95 l99 _ _ < <(measure 2 "$node/login.xhtml")
  printf '%-10s %-36s %9.1f %9.1f %9.1f %8.2fx\n' "$size" "login page (baseline)" "$l50" "$l95" "$l99" 1
  while IFS='|' read -r label url auth; do
    if [ "$auth" = session ]; then extra=("${cookie[@]}"); else extra=(-H "Authorization: Bearer $monitor_token"); fi
    read -r p50 p95 p99 _ bad < <(measure 2 "$url" "${extra[@]}")
    [ "$bad" = 0 ] || echo "  ($bad answers were not 2xx/3xx for $label)" >&2
    awk -v s="$size" -v l="$label" -v a="$p50" -v b="$p95" -v c="$p99" -v base="$l50" \
      'BEGIN {printf "%-10s %-36s %9.1f %9.1f %9.1f %8.2fx\n", s, l, a, b, c, a / base}'
  done <<PAGES
subject list (lazy, first page)|$node/subject/list.xhtml?trial=$trial|session
trial adverse events (page)|$node/trial/adverse-events.xhtml?code=$trial|session
trial adverse events (API, grade 3)|${api}trials/$trial/adverse-events?grade=3&max=25|bearer
toxicity table|$node/trial/toxicity.xhtml?code=$trial|session
dashboard (trial list, overdue SAEs)|$node/index.xhtml|session
PAGES
done

echo
echo "== 5. Resident memory of the node after the page load"
pid="$(cat "$TRIALDESK_CLUSTER_DIR/node1.pid")"
awk '{printf "node1: %.0f MiB resident\n", $1 / 1024}' <<<"$(ps -o rss= -p "$pid")"

echo
echo "== 6. Randomizations, one stratum, Bearer tokens, two nodes through the balancer"
scripts/cluster.sh up >/dev/null
randomizations "http://127.0.0.1:8000/api/v1/" two
pid2="$(cat "$TRIALDESK_CLUSTER_DIR/node2.pid")"
awk '{printf "node2: %.0f MiB resident\n", $1 / 1024}' <<<"$(ps -o rss= -p "$pid2")"
