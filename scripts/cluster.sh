#!/usr/bin/env bash
# Two TrialDesk nodes on this machine behind a load balancer (HAProxy), sharing one PostgreSQL
# and, through WildFly's Infinispan over JGroups (TCP on loopback, static member list), the users'
# sessions: a user stays logged in when the node that served them stops.
#
#   scripts/cluster.sh up              start both nodes (one after the other) and the balancer
#   scripts/cluster.sh down            stop the balancer and the nodes (graceful: requests finish)
#   scripts/cluster.sh status          what runs, and each node's health
#   scripts/cluster.sh stop-node N     stop node N (1 or 2) gracefully
#   scripts/cluster.sh kill-node N     kill -9 node N, as a crash would
#   scripts/cluster.sh start-node N    start node N again on its files
#
# Needs the built server (./mvnw package -DskipTests), Debian's haproxy, and a PostgreSQL: the
# TRIALDESK_DB_* settings when set, else the throwaway one of scripts/postgres.sh (started here).
# The balancer listens on 127.0.0.1:${TRIALDESK_CLUSTER_PORT:-8000}; node N on port 8080 + its
# port offset, N*100 (TRIALDESK_CLUSTER_OFFSET moves both nodes: offsets base + (N-1)*100).
# Files (configuration copies, logs, the shared receipt keys) in TRIALDESK_CLUSTER_DIR (default
# target/cluster).
set -euo pipefail
cd "$(dirname "$0")/.."

dir="$(mkdir -p "${TRIALDESK_CLUSTER_DIR:-target/cluster}" && cd "${TRIALDESK_CLUSTER_DIR:-target/cluster}" && pwd)"
server="${TRIALDESK_SERVER:-$PWD/target/server}"
war="${TRIALDESK_WAR:-$PWD/target/trialdesk.war}"
port="${TRIALDESK_CLUSTER_PORT:-8000}"
nodes=(1 2)

offset() { echo $((${TRIALDESK_CLUSTER_OFFSET:-100} + ($1 - 1) * 100)); }
http_port() { echo $((8080 + $(offset "$1"))); }
jgroups_port() { echo $((7600 + $(offset "$1"))); }
pid_of() { cat "$dir/node$1.pid" 2>/dev/null || true; }
alive() { local pid; pid="$(pid_of "$1")"; [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
healthy() { curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$(http_port "$1")/health"; }

database_env() {
  if [ -z "${TRIALDESK_DB_URL:-}" ]; then
    scripts/postgres.sh status >/dev/null || scripts/postgres.sh start >/dev/null
    set -a
    eval "$(scripts/postgres.sh env)"
    set +a
  fi
  case "${TRIALDESK_DB_URL}" in
    jdbc:h2:*) echo "A cluster needs a shared database (PostgreSQL), not H2" >&2; exit 1 ;;
  esac
}

prepare_node() {
  local n="$1" base="$dir/node$1"
  if [ ! -d "$base/configuration" ]; then
    mkdir -p "$base"
    cp -r "$server/standalone/configuration" "$base/"
    # Deployments come from the deployments folder only (one another server made at runtime, e.g.
    # by the tests, would otherwise be deployed twice).
    sed -i '/<deployments>/,/<\/deployments>/d' "$base/configuration/standalone.xml"
    mkdir -p "$base/deployments"
  fi
  cp "$war" "$base/deployments/ROOT.war"
}

start_node() {
  local n="$1" members="" m
  if alive "$n"; then return; fi
  for m in "${nodes[@]}"; do members+="${members:+,}127.0.0.1[$(jgroups_port "$m")]"; done
  prepare_node "$n"
  mkdir -p "$dir/data"
  # SIGTERM suspends the node first: requests under way finish, new ones get 503 (the balancer
  # sends them to the other node), then it stops.
  TRIALDESK_CLUSTER_NAME="trialdesk-cluster" \
  TRIALDESK_CLUSTER_MEMBERS="$members" \
  TRIALDESK_DATA_DIR="$dir/data" \
  LAUNCH_JBOSS_IN_BACKGROUND=1 \
  JBOSS_PIDFILE="$dir/node$n.pid" \
    nohup "$server/bin/standalone.sh" \
      -Djboss.server.base.dir="$dir/node$n" \
      -Djboss.socket.binding.port-offset="$(offset "$n")" \
      -Djboss.node.name="node$n" \
      -Dorg.wildfly.sigterm.suspend.timeout=30 \
      >>"$dir/node$n.out" 2>&1 </dev/null &
  local waited=0
  until healthy "$n"; do
    sleep 1
    waited=$((waited + 1))
    if [ "$waited" -ge 240 ]; then
      echo "node$n did not become healthy in 240 s; see $dir/node$n.out" >&2
      exit 1
    fi
  done
  echo "node$n up on http://127.0.0.1:$(http_port "$n")/"
}

stop_node() {
  local n="$1" pid
  pid="$(pid_of "$n")"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  fi
  rm -f "$dir/node$n.pid"
}

kill_node() {
  local n="$1" pid
  pid="$(pid_of "$n")"
  [ -z "$pid" ] || kill -KILL "$pid" 2>/dev/null || true
  while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  rm -f "$dir/node$n.pid"
}

start_balancer() {
  if [ -f "$dir/haproxy.pid" ] && kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null; then return; fi
  command -v haproxy >/dev/null || { echo "HAProxy is not installed (Debian: apt-get install haproxy)" >&2; exit 1; }
  local servers="" n
  for n in "${nodes[@]}"; do
    servers+="  server node$n 127.0.0.1:$(http_port "$n") check cookie node$n"$'\n'
  done
  cat >"$dir/haproxy.cfg" <<CFG
global
  maxconn 2048
  pidfile $dir/haproxy.pid
defaults
  mode http
  timeout connect 5s
  timeout client 120s
  timeout server 120s
  # A request that no node accepted (connection refused, or 503 from a node that is suspending
  # and did not process it) goes to the other node; one that reached the application is never
  # sent twice.
  option redispatch
  retries 3
  retry-on conn-failure 503
  option http-buffer-request
frontend trialdesk
  bind 127.0.0.1:$port
  # No plain-text HTTP/2 upgrade (h2c) through the balancer: an upgraded connection would be a
  # tunnel to one node, past stickiness, health checks and failover.
  http-request del-header upgrade if { req.hdr(upgrade) -m sub -i h2c }
  http-request del-header http2-settings
  default_backend nodes
backend nodes
  balance roundrobin
  # Sticky: a browser stays on its node while it is healthy (the session lives on both anyway).
  cookie TRIALDESK_NODE insert indirect nocache httponly
  option httpchk GET /health
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
$servers
CFG
  haproxy -f "$dir/haproxy.cfg" -D
  echo "balancer on http://127.0.0.1:$port/"
}

stop_balancer() {
  if [ -f "$dir/haproxy.pid" ]; then
    kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
    rm -f "$dir/haproxy.pid"
  fi
}

node_arg() {
  case "${1:-}" in 1|2) echo "$1" ;; *) echo "name the node: 1 or 2" >&2; exit 2 ;; esac
}

case "${1:-}" in
  up)
    [ -x "$server/bin/standalone.sh" ] || { echo "No server in $server: run ./mvnw package -DskipTests" >&2; exit 1; }
    [ -f "$war" ] || { echo "No $war: run ./mvnw package -DskipTests" >&2; exit 1; }
    database_env
    for n in "${nodes[@]}"; do start_node "$n"; done
    start_balancer
    ;;
  down)
    stop_balancer
    for n in "${nodes[@]}"; do stop_node "$n"; done
    ;;
  status)
    for n in "${nodes[@]}"; do
      if alive "$n"; then
        if healthy "$n"; then echo "node$n: up, healthy"; else echo "node$n: up, not healthy"; fi
      else
        echo "node$n: down"
      fi
    done
    if [ -f "$dir/haproxy.pid" ] && kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null; then
      echo "balancer: up on http://127.0.0.1:$port/"
    else
      echo "balancer: down"
    fi
    ;;
  stop-node) stop_node "$(node_arg "${2:-}")" ;;
  kill-node) kill_node "$(node_arg "${2:-}")" ;;
  start-node) database_env; start_node "$(node_arg "${2:-}")" ;;
  *)
    sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
