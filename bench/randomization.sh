#!/usr/bin/env bash
# Randomizations per second at 1, 8 and 32 concurrent clients (BENCHMARKS.md).
# Builds the server if needed, starts it on a fresh, empty H2 database in a temporary folder (so the
# figures never depend on earlier data), runs bench/RandomizationBenchmark.java, and stops it again.
# Usage: bench/randomization.sh [subjects per round, default 400]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x target/server/bin/standalone.sh ] || [ ! -f target/server/standalone/deployments/ROOT.war ]; then
  ./mvnw -q -B package -DskipTests
fi
if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
  echo "Port 8080 is taken: stop the running server first" >&2
  exit 1
fi

data=$(mktemp -d)
log="$data/server.log"
TRIALDESK_DATA_DIR="$data" target/server/bin/standalone.sh >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; pkill -f "jboss.home.dir=$PWD/target/server" 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 1 120); do
  if curl -fs -o /dev/null -u admin:"${TRIALDESK_DEMO_PASSWORD:-demo}" http://localhost:8080/api/v1/trials; then
    break
  fi
  sleep 1
done

echo "TrialDesk $(git rev-parse --short HEAD) on $(nproc) cores, H2 embedded, $(date -u +%Y-%m-%dT%H:%MZ)"
java bench/RandomizationBenchmark.java http://localhost:8080/api/v1/ "${1:-400}"
