#!/usr/bin/env bash
# Knowledge search at scale: generates a corpus (default 100,000 practices in the six languages), measures indexing
# throughput and p50/p95 latency of GET /api/v1/practices/search through HTTP, for Lucene and PostgreSQL full-text in
# the same run; prints a table and appends it to bench/results.md. Uses PALERMO_TEST_POSTGRES when set, else starts a
# private PostgreSQL 15 cluster like ./test.sh. Arguments go to the bench (--records N, --repeat R).
set -euo pipefail
cd "$(dirname "$0")/../.."
log() { printf '[bench] %s\n' "$*" >&2; }

PG_DIR=""
if [ -z "${PALERMO_TEST_POSTGRES:-}" ]; then
  PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
  if [ ! -x "$PG_BIN/initdb" ]; then
    log "installing postgresql-15"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null) >&2
  fi
  PG_DIR=$(mktemp -d /tmp/palermo-bench-pg.XXXXXX)
  PG_PORT="${PALERMO_PG_PORT:-55532}"
  while (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done
  PG_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  chown -R postgres:postgres "$PG_DIR" 2>/dev/null || true
  as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  stop_pg() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
  trap stop_pg EXIT INT TERM
  log "starting PostgreSQL 15 on port $PG_PORT"
  printf '%s\n' "$PG_PASSWORD" > "$PG_DIR/pw"
  chown postgres:postgres "$PG_DIR/pw" 2>/dev/null || true
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  # shared_buffers as a database server would have it (a quarter of memory is the usual advice; 1 GB of 24 here):
  # PostgreSQL's default of 128 MB is smaller than the 100,000-record index, which then moves between PostgreSQL and
  # the system's cache at every search.
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c shared_buffers=1GB" start >/dev/null
  PALERMO_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=postgres"
fi

log "building bench/Palermo.KnowledgeBench (Release)"
dotnet build bench/Palermo.KnowledgeBench -c Release -v q -nologo >&2
OUT=$(mktemp)
dotnet bench/Palermo.KnowledgeBench/bin/Release/net10.0/Palermo.KnowledgeBench.dll --postgres "$PALERMO_TEST_POSTGRES" "$@" 2>/dev/null | tee "$OUT"

COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet -- src bench || echo "+dirty")
STAMP=$(date -u +%Y-%m-%dT%H:%MZ)
LOAD=$(uptime | sed 's/.*load average: //')
{
  echo
  echo "### Knowledge search, $STAMP, $COMMIT, load $LOAD, args: ${*:-(defaults)}"
  echo
  echo '```'
  tail -n 3 "$OUT"
  echo '```'
} >> bench/results.md
rm -f "$OUT"
log "appended to bench/results.md"
