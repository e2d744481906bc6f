#!/usr/bin/env bash
# What writing every commit before answering costs (BENCHMARKS.md): the randomization benchmark
# (bench/RandomizationBenchmark.java) against the server on H2 as it was before issue 9 (file: URL,
# H2's default WRITE_DELAY of 500 ms), with only WRITE_DELAY=0 added, and as it is now (the default
# URL: async: and WRITE_DELAY=0), in turn, each time on a fresh database and a copy of the server's
# standalone folder, on port 8080 + offset. Prints each run's figures and the medians per client
# count, with their ratio to the setting before issue 9.
# Usage: bench/durability.sh [subjects per round, default 400] [runs per setting, default 2]
set -euo pipefail
cd "$(dirname "$0")/.."

per_round="${1:-400}"
runs="${2:-2}"
offset="${BENCH_PORT_OFFSET:-300}"
port=$((8080 + offset))

if [ ! -x target/server/bin/standalone.sh ] || [ ! -f target/trialdesk.war ]; then
  ./mvnw -q -B package -DskipTests
fi
if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
  echo "Port $port is taken: choose another BENCH_PORT_OFFSET" >&2
  exit 1
fi

work=$(mktemp -d)
server=""
stop_server() {
  if [ -n "$server" ]; then
    # The JVM is a child of standalone.sh: stop it by its process id, then the script.
    for child in $(pgrep -P "$server" || true); do kill "$child" 2>/dev/null || true; done
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    server=""
  fi
}
trap 'stop_server; rm -rf "$work"' EXIT

# One benchmark run on a fresh copy: $1 = label, $2 = JDBC URL or empty for the default.
run() {
  local label=$1 url=$2 dir="$work/$1-$3"
  mkdir -p "$dir/data"
  cp -r target/server/standalone "$dir/standalone"
  rm -rf "$dir/standalone/data" "$dir/standalone/log" "$dir/standalone/tmp" "$dir"/standalone/deployments/ROOT.war*
  cp target/trialdesk.war "$dir/standalone/deployments/ROOT.war"
  if [ -n "$url" ]; then url="${url//@DATA@/$dir/data}"; fi
  env -u TRIALDESK_DB_URL ${url:+TRIALDESK_DB_URL="$url"} TRIALDESK_DATA_DIR="$dir/data" \
    target/server/bin/standalone.sh -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.server.base.dir="$dir/standalone" >"$dir/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 180); do
    if curl -fs -o /dev/null -u admin:"${TRIALDESK_DEMO_PASSWORD:-demo}" "http://localhost:$port/api/v1/trials"; then
      break
    fi
    sleep 1
  done
  java bench/RandomizationBenchmark.java "http://localhost:$port/api/v1/" "$per_round" | tee "$work/$label-$3.txt"
  stop_server
}

echo "TrialDesk $(git rev-parse --short HEAD) on $(nproc) cores, H2 embedded, $(date -u +%Y-%m-%dT%H:%MZ)"
for i in $(seq 1 "$runs"); do
  echo "== before issue 9: file:, WRITE_DELAY 500 ms (run $i)"
  run delayed "jdbc:h2:file:@DATA@/trialdesk;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=20000" "$i"
  echo "== file:, WRITE_DELAY=0 (run $i)"
  run immediate "jdbc:h2:file:@DATA@/trialdesk;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=20000;WRITE_DELAY=0" "$i"
  echo "== now: async:, WRITE_DELAY=0 (run $i)"
  run durable "" "$i"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
rate() { cat "$work"/"$1"-*.txt | awk -v c="$2" '$1 == c {print $3}' | median; }
printf '%-8s %12s %22s %22s\n' clients "before /s" "WRITE_DELAY=0 /s" "now (async:) /s"
for c in 1 8 32; do
  awk -v c="$c" -v d="$(rate delayed "$c")" -v i="$(rate immediate "$c")" -v n="$(rate durable "$c")" \
    'BEGIN {printf "%-8s %12.1f %14.1f (%4.2fx) %14.1f (%4.2fx)\n", c, d, i, i / d, n, n / d}'
done
