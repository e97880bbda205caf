#!/usr/bin/env bash
# Runs every test of Palermo with one command: installs what is missing (Chromium), starts a throwaway
# PostgreSQL 15 cluster on a private port, runs all test projects against SQLite and PostgreSQL, stops the
# cluster even when tests fail, and ends with the line "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

log() { printf '== %s\n' "$*" >&2; }

# --- Chromium for the browser tests (Debian's package; Playwright must not download its own) ---
if ! command -v chromium >/dev/null 2>&1; then
  log "installing chromium"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) >&2 \
    || log "could not install chromium; browser tests will fail"
fi
export PALERMO_CHROMIUM="${PALERMO_CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}"

# --- A private PostgreSQL 15 cluster ---
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$PG_BIN/initdb" ]; then
  log "installing postgresql-15"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null) >&2
fi
PG_DIR=$(mktemp -d /tmp/palermo-pg.XXXXXX)
PG_PORT="${PALERMO_PG_PORT:-55432}"
while (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; do PG_PORT=$((PG_PORT + 1)); done
PG_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
chown -R postgres:postgres "$PG_DIR" 2>/dev/null || true
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_pg() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_pg EXIT INT TERM

log "starting PostgreSQL 15 on port $PG_PORT"
printf '%s\n' "$PG_PASSWORD" > "$PG_DIR/pw"
chown postgres:postgres "$PG_DIR/pw" 2>/dev/null || true
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
export PALERMO_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=postgres;Pooling=true;Maximum Pool Size=20"

# --- Build once, then run every test project; each writes a TRX file we count from ---
RESULTS="$ROOT/TestResults"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
log "building"
if ! dotnet build Palermo.slnx -c Release -nologo -v quiet > "$RESULTS/build.log" 2>&1; then
  grep -E 'error|Error' "$RESULTS/build.log" | sort -u | tail -n 40 >&2
  log "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
for project in tests/*.Tests/*.csproj; do
  name=$(basename "$project" .csproj)
  log "testing $name"
  dotnet test --project "$project" -c Release --no-build --results-directory "$RESULTS/$name" \
      --report-xunit-trx --report-xunit-trx-filename "$name.trx" >&2 || status=1
done

# --- Count from the TRX files: the last line is the summary CI reads ---
passed=0; failed=0; skipped=0
for trx in "$RESULTS"/*/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  total=$(get total); p=$(get passed); f=$(get failed); e=$(get error); t=$(get timeout); n=$(get notExecuted)
  passed=$((passed + p)); failed=$((failed + f + e + t)); skipped=$((skipped + n))
  [ "$total" -ge $((p + f + e + t + n)) ] || true
done
if [ "$passed" = 0 ] && [ "$failed" = 0 ]; then failed=1; status=1; fi
[ "$failed" -gt 0 ] && status=1
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
exit $status
