#!/usr/bin/env bash
# Load run: cold start of Palermo.Web and wrk throughput of GET /api/v1/countries, side by side with a plain
# Kestrel "hello" baseline measured in the same run (so machine noise shows up in both). Loopback only.
# Usage: bench/load/run.sh            (env: WRK_THREADS=2 WRK_CONNECTIONS=32 WRK_DURATION=10s)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
THREADS="${WRK_THREADS:-2}"; CONNECTIONS="${WRK_CONNECTIONS:-32}"; DURATION="${WRK_DURATION:-10s}"
COLD_TARGET_MS=5000; RATIO_TARGET=25

log() { printf '== %s\n' "$*" >&2; }

if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk"
  (apt-get install -y -qq wrk >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)) >&2
fi

TMP=$(mktemp -d /tmp/palermo-bench.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] || continue
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}
now_ms() { date +%s%3N; }

log "building (Release)"
dotnet build src/Palermo.Web/Palermo.Web.csproj -c Release -nologo -v quiet >"$TMP/build-web.log" 2>&1 \
  || { tail -n 30 "$TMP/build-web.log" >&2; exit 1; }
dotnet build bench/Hello/Hello.csproj -c Release -nologo -v quiet >"$TMP/build-hello.log" 2>&1 \
  || { tail -n 30 "$TMP/build-hello.log" >&2; exit 1; }
WEB_DIR="$ROOT/src/Palermo.Web/bin/Release/net10.0"
HELLO_DIR="$ROOT/bench/Hello/bin/Release/net10.0"

# --- Palermo.Web: fresh data directory, Production, no demo accounts, SQLite ---
WEB_PORT=$(free_port 5180)
mkdir -p "$TMP/data"
log "starting Palermo.Web on 127.0.0.1:$WEB_PORT (data $TMP/data)"
start=$(now_ms)
( cd "$WEB_DIR" && exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production Palermo__Demo__Enabled=false \
    dotnet Palermo.Web.dll --urls "http://127.0.0.1:$WEB_PORT" "--Palermo:DataDirectory=$TMP/data" ) >"$TMP/web.log" 2>&1 &
PIDS+=($!)
WEB_PID=$!
cold=""
while [ -z "$cold" ]; do
  if ! kill -0 "$WEB_PID" 2>/dev/null; then tail -n 40 "$TMP/web.log" >&2; log "Palermo.Web exited"; exit 1; fi
  if curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$WEB_PORT/"; then cold=$(( $(now_ms) - start )); break; fi
  [ $(( $(now_ms) - start )) -lt 120000 ] || { log "no answer within 120 s"; exit 1; }
  sleep 0.02
done
log "cold start ${cold} ms"
curl -fsS -o /dev/null "http://127.0.0.1:$WEB_PORT/api/v1/countries" || { log "countries endpoint failed"; exit 1; }

# --- Hello baseline ---
HELLO_PORT=$(free_port $((WEB_PORT + 1)))
( cd "$HELLO_DIR" && exec dotnet Hello.dll --urls "http://127.0.0.1:$HELLO_PORT" ) >"$TMP/hello.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 600); do curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$HELLO_PORT/" && break; sleep 0.05; done

rps() { # url [wrk header args…] -> requests/s (integer); warm-up 2 s first so the JIT has tiered up
  local url=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$@" "$url" >/dev/null 2>&1 || true
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$@" "$url" >"$TMP/wrk.out" 2>&1
  cat "$TMP/wrk.out" >&2
  if grep -q 'Non-2xx' "$TMP/wrk.out"; then log "non-2xx responses from $url (expected only for the 304 run)"; fi
  awk '/^Requests\/sec:/ { printf "%d", $2 }' "$TMP/wrk.out"
}
# Interleaved: baseline, subject, baseline; the baseline is their mean, so drift in machine load hits both sides.
log "wrk hello (1/2)";  hello1=$(rps "http://127.0.0.1:$HELLO_PORT/")
log "wrk countries";    countries=$(rps "http://127.0.0.1:$WEB_PORT/api/v1/countries")
# What browsers and most HTTP clients send; the directory serves its precompressed copy.
log "wrk countries br"; countries_br=$(rps "http://127.0.0.1:$WEB_PORT/api/v1/countries" -H "Accept-Encoding: gzip, deflate, br")
# Revalidation (If-None-Match, 304, no body): what the pipeline alone costs next to bare Kestrel.
etag=$(curl -fsS -o /dev/null -D - "http://127.0.0.1:$WEB_PORT/api/v1/countries" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
log "wrk countries 304"; countries_304=$(rps "http://127.0.0.1:$WEB_PORT/api/v1/countries" -H "If-None-Match: $etag")
log "wrk hello (2/2)";  hello2=$(rps "http://127.0.0.1:$HELLO_PORT/")
hello=$(( (hello1 + hello2) / 2 ))
percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? 100 * a / b : 0) }'; }
ratio=$(percent "$countries" "$hello")
ratio_br=$(percent "$countries_br" "$hello")
bytes=$(curl -fsS "http://127.0.0.1:$WEB_PORT/api/v1/countries" | wc -c)
bytes_br=$(curl -fsS -H "Accept-Encoding: br" "http://127.0.0.1:$WEB_PORT/api/v1/countries" | wc -c)
load=$(uptime | sed 's/^ *//')
pass() { if awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { exit !(dir == "lt" ? v < t : v >= t) }'; then echo ok; else echo MISS; fi; }

printf '\n%-28s %12s %10s %6s\n' measure value target ""
printf '%-28s %12s %10s %6s\n' "cold start (ms)" "$cold" "< $COLD_TARGET_MS" "$(pass "$cold" $COLD_TARGET_MS lt)"
printf '%-28s %12s %10s\n' "countries (req/s)" "$countries" ""
printf '%-28s %12s %10s\n' "countries br (req/s)" "$countries_br" ""
printf '%-28s %12s %10s\n' "countries 304 (req/s)" "$countries_304" ""
printf '%-28s %12s %10s\n' "hello (req/s, mean of 2)" "$hello" ""
printf '%-28s %11s%% %9s%% %6s\n' "ratio countries/hello" "$ratio" ">= $RATIO_TARGET" "$(pass "$ratio" $RATIO_TARGET ge)"
printf '%-28s %11s%% %9s%% %6s\n' "ratio countries br/hello" "$ratio_br" ">= $RATIO_TARGET" "$(pass "$ratio_br" $RATIO_TARGET ge)"
printf '%-28s %11s%%\n' "ratio countries 304/hello" "$(percent "$countries_304" "$hello")"
printf 'wrk -t%s -c%s -d%s; countries body %s bytes (br %s); %s; hello runs %s / %s\n' "$THREADS" "$CONNECTIONS" "$DURATION" "$bytes" "$bytes_br" "$(nproc) cores" "$hello1" "$hello2"
printf 'load: %s\n' "$load"

RESULTS="$ROOT/bench/results.md"
[ -f "$RESULTS" ] || printf '# Load results\n\nAppended by `bench/load/run.sh`. Ratio = countries req/s ÷ hello req/s (mean of the two hello runs around it).\n\n| date (UTC) | commit | cold start ms | countries req/s | countries br req/s | countries 304 req/s | hello req/s | ratio | ratio br | wrk | uptime |\n|---|---|---|---|---|---|---|---|---|---|---|\n' >"$RESULTS"
printf '| %s | %s | %s | %s | %s | %s | %s | %s%% | %s%% | -t%s -c%s -d%s | %s |\n' \
  "$(date -u +%Y-%m-%dT%H:%MZ)" "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo '+dirty')" \
  "$cold" "$countries" "$countries_br" "$countries_304" "$hello" "$ratio" "$ratio_br" "$THREADS" "$CONNECTIONS" "$DURATION" "$load" >>"$RESULTS"
log "appended to bench/results.md"
