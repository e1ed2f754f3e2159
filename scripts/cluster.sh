#!/usr/bin/env bash
# Runs BoardRoom as a cluster on this machine, without containers: PostgreSQL and Redis, two app nodes on them, and
# BoardRoom.Proxy in front (docs/deployment.md, docs/decisions/013-reverse-proxy.md).
#
#   scripts/cluster.sh start [--base-port P]   proxy on P (default 8080), nodes on P+1 and P+2, PostgreSQL on P+3,
#                                              Redis on P+4; returns once the proxy and both nodes are ready
#   scripts/cluster.sh restart a|b [--kill]    stops one node (SIGTERM, or SIGKILL as a crash with --kill) and starts
#                                              it again on its port; the proxy sends its people to the other meanwhile
#   scripts/cluster.sh stop                    stops what start started (safe to run twice)
#   scripts/cluster.sh status                  what is running
#
# Everything lives in .cluster/ at the repository root (git-ignored): the published app and proxy, each process's PID
# file and log, the nodes' data folders, and the PostgreSQL cluster (under /tmp when run as root and the postgres
# account cannot reach .cluster/). Everything listens on 127.0.0.1 only.
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="$ROOT/.cluster"
READY_LIMIT="${CLUSTER_READY_LIMIT:-120}"   # seconds to wait for each part to answer

log() { printf 'cluster: %s\n' "$*"; }
fail() { printf 'cluster: %s\n' "$*" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] || fail "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql"
  printf '%s' "$dir"
}

# Waits until URL answers 200, or fails naming the log to read.
wait_ready() {
  local name="$1" url="$2" logfile="$3" pidfile="$4" waited=0
  while ! curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    if [ -n "$pidfile" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "--- last lines of $logfile:" >&2; tail -n 20 "$logfile" >&2 || true
      return 1
    fi
    if [ "$waited" -ge "$READY_LIMIT" ]; then
      echo "--- $name did not answer $url within ${READY_LIMIT}s; last lines of $logfile:" >&2; tail -n 20 "$logfile" >&2 || true
      return 1
    fi
    sleep 1; waited=$((waited + 1))
  done
}

# Starts a detached process with its log and PID file in .cluster/.
spawn() {
  local name="$1"; shift
  nohup "$@" >"$STATE/$name.log" 2>&1 </dev/null &
  echo $! >"$STATE/$name.pid"
}

stop_pidfile() {
  local name="$1" file="$STATE/$1.pid" pid
  [ -f "$file" ] || return 0
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
    log "stopped $name (pid $pid)"
  fi
  rm -f "$file"
}

stop() {
  [ -d "$STATE" ] || { log "nothing to stop"; return 0; }
  stop_pidfile proxy
  stop_pidfile node-b
  stop_pidfile node-a
  if [ -f "$STATE/redis.pid" ]; then
    # redis-server --daemonize writes its own pidfile
    stop_pidfile redis
  fi
  if [ -f "$STATE/postgres.dir" ]; then
    local pgdir; pgdir="$(cat "$STATE/postgres.dir")"
    if [ -f "$pgdir/data/postmaster.pid" ]; then
      as_postgres "$(pg_bin)/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null && log "stopped PostgreSQL"
    fi
    case "$pgdir" in /tmp/boardroom-cluster-pg.*) rm -rf "$pgdir" ;; esac
    rm -f "$STATE/postgres.dir"
  fi
  rm -f "$STATE/cluster.env"
}

# The settings both nodes (and the migrate step) share, for the cluster whose proxy is on port $1.
node_environment() {
  local base="$1" pg_port=$(($1 + 3)) redis_port=$(($1 + 4))
  export ASPNETCORE_ENVIRONMENT=Production
  export BoardRoom__Database__Provider=PostgreSql
  export ConnectionStrings__BoardRoom="Host=127.0.0.1;Port=$pg_port;Database=boardroom;Username=boardroom"
  export ConnectionStrings__Redis="127.0.0.1:$redis_port"
  # The browser's page is on the proxy's address: the minutes hub accepts that origin (the proxy also passes the Host on).
  export BoardRoom__AllowedOrigins__0="http://127.0.0.1:$base"
  export BoardRoom__AllowedOrigins__1="http://localhost:$base"
}

# Starts node $1 (a or b) on port $2, detached, with its own data folder; the database migrations are the start step's.
spawn_node() {
  local node="$1" port="$2"
  log "node $node on 127.0.0.1:$port"
  mkdir -p "$STATE/node-$node/data"
  (cd "$STATE/app" && BoardRoom__DataDirectory="$STATE/node-$node/data" BoardRoom__Database__MigrateAtStartup=false \
    ASPNETCORE_URLS="http://127.0.0.1:$port" spawn "node-$node" dotnet BoardRoom.App.dll)
}

# Stops one node of a running cluster (gracefully, or with SIGKILL as a crash would) and starts it again on its port.
restart() {
  local node="${1:-}" hard=false
  [ "$node" = a ] || [ "$node" = b ] || fail "restart needs the node: a or b"
  [ "${2:-}" = --kill ] && hard=true
  [ -f "$STATE/cluster.env" ] && [ -f "$STATE/node-$node.pid" ] || fail "no running cluster with node $node (scripts/cluster.sh start first)"
  local base; base="$(sed -n 's/^BASE_PORT=//p' "$STATE/cluster.env")"
  local port; [ "$node" = a ] && port=$((base + 1)) || port=$((base + 2))
  if $hard; then
    local pid; pid="$(cat "$STATE/node-$node.pid")"
    kill -9 "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f "$STATE/node-$node.pid"
    log "killed node $node (pid $pid, SIGKILL)"
  else
    stop_pidfile "node-$node"
  fi
  mv -f "$STATE/node-$node.log" "$STATE/node-$node.previous.log" 2>/dev/null || true   # what it logged before
  node_environment "$base"
  spawn_node "$node" "$port"
  wait_ready "node $node" "http://127.0.0.1:$port/health/ready" "$STATE/node-$node.log" "$STATE/node-$node.pid"
  log "node $node is ready again on 127.0.0.1:$port"
}

start() {
  local base=8080
  while [ $# -gt 0 ]; do
    case "$1" in
      --base-port) base="${2:?--base-port needs a number}"; shift 2 ;;
      *) fail "unknown option $1" ;;
    esac
  done
  [[ "$base" =~ ^[0-9]+$ ]] && [ "$base" -ge 1024 ] && [ "$base" -le 65530 ] || fail "--base-port must be a number from 1024 to 65530"
  local proxy_port=$base node_a=$((base + 1)) node_b=$((base + 2)) pg_port=$((base + 3)) redis_port=$((base + 4))
  command -v redis-server >/dev/null || fail "redis-server is not installed: apt-get install redis-server"
  command -v curl >/dev/null || fail "curl is needed to wait for the parts to be ready"
  if ls "$STATE"/*.pid >/dev/null 2>&1 || [ -f "$STATE/postgres.dir" ]; then
    fail "a cluster seems to be running already (.cluster/ holds PID files): scripts/cluster.sh stop first"
  fi
  for port in $proxy_port $node_a $node_b $pg_port $redis_port; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port on 127.0.0.1 is in use; choose another --base-port"; fi
  done
  mkdir -p "$STATE"
  trap 'echo "cluster: start failed; stopping what was started" >&2; stop' ERR

  log "publishing the app and the proxy (Release) into .cluster/"
  dotnet publish "$ROOT/BoardRoom.App/BoardRoom.App.csproj" -c Release -o "$STATE/app" --nologo -v quiet >"$STATE/publish.log" 2>&1 \
    || { tail -n 30 "$STATE/publish.log" >&2; false; }
  dotnet publish "$ROOT/BoardRoom.Proxy/BoardRoom.Proxy.csproj" -c Release -o "$STATE/proxy" --nologo -v quiet >>"$STATE/publish.log" 2>&1 \
    || { tail -n 30 "$STATE/publish.log" >&2; false; }

  # PostgreSQL: a throw-away cluster. initdb and postgres refuse root, so the cluster belongs to the postgres account.
  local bin pgdir; bin="$(pg_bin)"
  pgdir="$STATE/postgres"
  if [ "$(id -u)" = 0 ]; then
    mkdir -p "$pgdir"
    chown postgres:postgres "$pgdir"
    if ! runuser -u postgres -- test -w "$pgdir"; then
      rmdir "$pgdir"
      pgdir="$(mktemp -d /tmp/boardroom-cluster-pg.XXXXXX)"
      chown postgres:postgres "$pgdir"
    fi
  else
    mkdir -p "$pgdir"
  fi
  echo "$pgdir" >"$STATE/postgres.dir"
  rm -rf "$pgdir/data"
  log "PostgreSQL on 127.0.0.1:$pg_port"
  as_postgres "$bin/initdb" -D "$pgdir/data" -A trust -U boardroom -E UTF8 --no-locale >"$STATE/postgres-init.log" 2>&1 \
    || { tail -n 20 "$STATE/postgres-init.log" >&2; false; }
  as_postgres "$bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 \
    -o "-p $pg_port -k $pgdir -c listen_addresses=127.0.0.1" start >/dev/null \
    || { tail -n 20 "$pgdir/server.log" >&2; false; }

  log "Redis on 127.0.0.1:$redis_port"
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --pidfile "$STATE/redis.pid" --logfile "$STATE/redis.log"
  for _ in $(seq 1 50); do [ -s "$STATE/redis.pid" ] && break; sleep 0.1; done
  [ -s "$STATE/redis.pid" ] || { echo "redis-server did not start; see .cluster/redis.log" >&2; false; }

  printf 'BASE_PORT=%s\n' "$base" >"$STATE/cluster.env"
  node_environment "$base"

  log "migrating the database and seeding the demo"
  (cd "$STATE/app" && BoardRoom__DataDirectory="$STATE/migrate-data" dotnet BoardRoom.App.dll migrate) >"$STATE/migrate.log" 2>&1 \
    || { tail -n 20 "$STATE/migrate.log" >&2; false; }

  spawn_node a "$node_a"
  spawn_node b "$node_b"
  log "proxy on 127.0.0.1:$proxy_port"
  (cd "$STATE/proxy" && ASPNETCORE_URLS="http://127.0.0.1:$proxy_port" \
    Proxy__Nodes__0="http://127.0.0.1:$node_a" Proxy__Nodes__1="http://127.0.0.1:$node_b" \
    spawn proxy dotnet BoardRoom.Proxy.dll)

  wait_ready "node a" "http://127.0.0.1:$node_a/health/ready" "$STATE/node-a.log" "$STATE/node-a.pid"
  wait_ready "node b" "http://127.0.0.1:$node_b/health/ready" "$STATE/node-b.log" "$STATE/node-b.pid"
  wait_ready "the proxy" "http://127.0.0.1:$proxy_port/health/ready" "$STATE/proxy.log" "$STATE/proxy.pid"
  trap - ERR

  echo
  echo "BoardRoom is running at http://127.0.0.1:$proxy_port/ (proxy -> nodes on :$node_a and :$node_b, PostgreSQL :$pg_port, Redis :$redis_port)"
  sed -n '/^Demo logins/,/^$/p' "$STATE/node-a.log"
  echo "Logs and PID files: $STATE/   Stop: scripts/cluster.sh stop"
}

status() {
  for name in proxy node-a node-b redis; do
    if [ -f "$STATE/$name.pid" ] && kill -0 "$(cat "$STATE/$name.pid")" 2>/dev/null; then
      echo "$name: running (pid $(cat "$STATE/$name.pid"))"
    else
      echo "$name: not running"
    fi
  done
  if [ -f "$STATE/postgres.dir" ] && [ -f "$(cat "$STATE/postgres.dir")/data/postmaster.pid" ]; then
    echo "postgres: running (pid $(head -n 1 "$(cat "$STATE/postgres.dir")/data/postmaster.pid"))"
  else
    echo "postgres: not running"
  fi
}

case "${1:-}" in
  start) shift; start "$@" ;;
  restart) shift; restart "$@" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: scripts/cluster.sh start [--base-port P] | restart a|b [--kill] | stop | status" >&2; exit 2 ;;
esac
